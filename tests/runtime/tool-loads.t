# bpfscope loads prints the time and the load averages of /proc/loadavg once
# a second; the averages it printed are those of /proc/loadavg read around it
# (the kernel updates them every 5 seconds).
cmd: a=$(cut -d' ' -f1-3 /proc/loadavg); out=$(./bpfscope loads -d 2 2>/dev/null); b=$(cut -d' ' -f1-3 /proc/loadavg); echo "$out" | grep load; echo "$out" | grep -qE "^[0-9:]{8} load averages: ($a|$b) " && echo same
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} load averages: [0-9]+\.[0-9]{2} [0-9]+\.[0-9]{2} [0-9]+\.[0-9]{2} [0-9]+/[0-9]+ [0-9]+$
stdout-re: ^same$
