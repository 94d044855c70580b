cmd: ./bpfscope -l 'kprobe:*' extra
exit: 1
stderr: bpfscope: error: unexpected argument 'extra' after -l
