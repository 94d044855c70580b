# A variable index in a loop walks a char array member.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'BEGIN { $i = 0; while ($i < 8) { printf("%c", curtask->comm[$i]); $i++; } printf("\n"); exit(); }'
stdout: bpfscope
stdout:
stdout:
