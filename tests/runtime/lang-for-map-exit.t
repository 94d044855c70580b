# exit() in the body of a loop over a map stops the probe: nothing after the loop runs.
cmd: ./bpfscope -e 'BEGIN { @m[1] = 1; @m[2] = 2; for ($kv : @m) { printf("in\n"); exit(); } printf("after\n"); }'
stdout: in
stdout:
stdout:
stdout: @m[1]: 1
stdout: @m[2]: 2
