# stackcount --help: usage with bcc's options, and the class.
cmd: ./bpfscope stackcount --help
stdout-re: ^usage: bpfscope stackcount \[-p PID\] \[-i INTERVAL\] \[-D DURATION\]
stdout-re: ^  -f, --folded +output folded format$
stdout-re: ^Class P: kernel-function patterns need kprobes\.$
