# 90-odd libc uprobes (str*) attach through one uprobe_multi link and detach at once: the run of 0.3 s ends within 5 s (one perf event per uprobe took over 10 s to detach), and counts calls.
skip-unless: ./bpfscope --info | grep -q '^uprobe_multi: yes'
cmd: start=$(date +%s%N); ./bpfscope -q --duration 0.3 -c 'sh -c "ls / >/dev/null"' -e 'uprobe:libc:str* { @calls = count(); }' | grep -q '^@calls: [1-9]' && echo counted; t=$(( ($(date +%s%N) - start) / 1000000 )); ((t < 5000)) && echo fast || echo "took $t ms"
stdout: counted
stdout: fast
