# avg() truncates: (3 + 8) / 2 = 5. (0.17 adds an empty line after avg/stats maps; current bpftrace does not.)
cmd: ./bpfscope -e 'BEGIN { @a = avg(3); @a = avg(8); exit(); }'
stdout:
stdout:
stdout: @a: 5
