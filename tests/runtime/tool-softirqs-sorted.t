# bpfscope softirqs prints its rows sorted by total, smallest first, as bcc
# does; in one second there are at least two kinds (timer, rcu, sched...).
cmd: ./bpfscope softirqs --duration 1 2>/dev/null | awk '$1 != "SOFTIRQ" && NF == 2 { if ($2 + 0 < last) bad = 1; last = $2 + 0; n++ } END { print (n >= 2 && !bad) ? "sorted" : "not sorted: " n }'
stdout: sorted
