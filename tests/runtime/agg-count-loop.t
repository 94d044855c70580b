# count() in a loop.
cmd: ./bpfscope -e 'BEGIN { $i = 0; while ($i < 50) { @c = count(); $i++; } exit(); }'
stdout:
stdout:
stdout: @c: 50
