# `bpfscope flamegraph --help` prints its usage on stdout.
cmd: ./bpfscope flamegraph --help
stdout-re: ^usage: bpfscope flamegraph \[OPTIONS\] \[FILE\]$
stdout-re: --minwidth NUM\[%\]
stderr-empty
