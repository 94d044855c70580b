# --subsecond: a bad time names its line; no samples is an error.
cmd: printf '1.5 a;b 1\n1.x a;b\n' | ./bpfscope heatmap --subsecond; echo "exit $?"; printf '# none\n' | ./bpfscope heatmap --subsecond; echo "exit $?"
stdout: exit 1
stdout: exit 1
stderr: bpfscope heatmap: <stdin>:2: expected "TIME [STACK [COUNT]]": '1.x a;b'
stderr: bpfscope heatmap: no samples in <stdin>
