# hist(1) goes to the [1] bucket.
cmd: ./bpfscope -e 'BEGIN { @h = hist(1); exit(); }'
stdout:
stdout:
stdout: @h:
stdout: [1]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout:
