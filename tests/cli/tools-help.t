# A tool's --help comes from its header: usage, description and its options.
cmd: ./bpfscope opensnoop --help
stdout-re: ^usage: bpfscope opensnoop \[-p PID\] \[-n NAME\] \[-x\] \[-d SECS\]$
stdout-re: ^  -x, --failed +only failed opens$
stdout-re: ^  --cmd CMD +run CMD and trace while it runs$
