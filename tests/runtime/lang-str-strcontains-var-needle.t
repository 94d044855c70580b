# strcontains() with a needle held in a variable (a loop in the program).
cmd: ./bpfscope -e 'BEGIN { $h = "hello world"; $n = "o w"; printf("%d\n", strcontains($h, $n)); exit(); }'
stdout: 1
stdout:
stdout:
