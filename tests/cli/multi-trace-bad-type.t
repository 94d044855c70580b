# A bad probe type in a trace specifier is named, with a caret under it in the argument.
cmd: ./bpfscope trace 'x:c:malloc "%d", arg1'
exit: 1
stdout-empty
stderr: bpfscope trace: error: probe type must be one of p, r, t or u, not 'x'
stderr:     x:c:malloc "%d", arg1
stderr:     ^
