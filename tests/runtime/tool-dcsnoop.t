# bpfscope dcsnoop needs kprobes (class N here): without them it stops at once with a message naming what is missing, and prints nothing on stdout.
skip-unless: ! test -e /sys/bus/event_source/devices/kprobe
cmd: ./bpfscope dcsnoop -d 1
exit: 1
stdout-empty
stderr-re: ^bpfscope: error: kprobe: cannot attach to (lookup_fast|d_lookup): kprobes are not available: this kernel was built without CONFIG_KPROBES
