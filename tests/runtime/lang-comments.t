# Comments are ignored.
cmd: ./bpfscope -e 'BEGIN { /* block */ $x = 1; /* another */ printf("%d\n", $x); exit(); }'
stdout: 1
stdout:
stdout:
