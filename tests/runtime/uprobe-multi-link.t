# Where the kernel has uprobe_multi links (Linux 6.6), a uprobe is attached
# through one: closing a uprobe's perf event waits for RCU grace periods under a
# lock every perf uprobe shares, so detaching a few dozen took seconds.
skip-unless: ./bpfscope --info | grep -q '^uprobe_multi: yes$'
cmd: ./bpfscope -e 'uprobe:libc:getpid { @ = count(); }' --duration 4 >/dev/null 2>&1 & P=$!; for i in $(seq 60); do cat /proc/$P/fdinfo/* 2>/dev/null | grep -q link_type && break; sleep 0.05; done; cat /proc/$P/fdinfo/* 2>/dev/null | grep -h link_type | sort -u; kill -INT $P; wait $P
stdout: link_type:	uprobe_multi
