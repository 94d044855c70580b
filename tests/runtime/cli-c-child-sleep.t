# The run lasts as long as the child.
cmd: s=$(date +%s%N); ./bpfscope -e 'BEGIN { }' -c '/bin/sleep 0.3' >/dev/null; e=$(date +%s%N); test $(( (e - s) / 1000000 )) -ge 290 && echo ok
stdout: ok
