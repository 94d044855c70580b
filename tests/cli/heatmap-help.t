# --help prints the usage on stdout and succeeds.
cmd: ./bpfscope heatmap --help && ./bpfscope heat --help
stdout-re: ^usage: bpfscope heatmap \[OPTIONS\] \[FILE\]$
stdout-re: ^usage: bpfscope heat KIND \[OPTIONS\]$
stderr-empty
