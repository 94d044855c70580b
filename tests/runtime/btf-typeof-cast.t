# typeof(expr) and typeof(type) in casts.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'BEGIN { $x = (typeof(pid))70000; $y = (typeof(uint8))257; printf("%d %d %d\n", $x, $y, sizeof($y)); exit(); }'
stdout: 70000 1 1
stdout:
stdout:
