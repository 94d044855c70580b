# hist(0) goes to the [0] bucket.
cmd: ./bpfscope -e 'BEGIN { @h = hist(0); exit(); }'
stdout:
stdout:
stdout: @h:
stdout: [0]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout:
