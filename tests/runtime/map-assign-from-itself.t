# A map assigned from its own value (`@t = @t + 1`) takes the other operand's integer type, as in bpftrace.
cmd: ./bpfscope -q -e 'BEGIN { @t = @t + 1; @t = @t + 1; @u = 2 * @u + 3; exit(); }'
stdout:
stdout:
stdout: @t: 2
stdout: @u: 3
