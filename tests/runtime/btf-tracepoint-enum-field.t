# A tracepoint field of enum type (hrtimer_start's enum hrtimer_mode) prints its enumerator's name with %s.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -c '/bin/sleep 0.01' -e 'tracepoint:timer:hrtimer_start /pid == cpid/ { printf("%s %d\n", args.mode, args.mode); exit(); }'
stdout-re: ^HRTIMER_MODE_(ABS 0|REL 1)$
stdout-lines: 3
