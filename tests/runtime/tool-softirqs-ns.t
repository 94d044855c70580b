# bpfscope softirqs -N 1 1: one one-second table in nanoseconds; the timer
# softirq runs every tick, so it is there with a nonzero total.
cmd: timeout 8 ./bpfscope softirqs -N 1 1 2>/dev/null
stdout-re: ^SOFTIRQ          TOTAL_nsecs$
stdout-re: ^timer +[1-9][0-9]*$
