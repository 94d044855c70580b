# bpfscope killsnoop shows a kill(1, 0) by the kill command: signal 0, target 1, result 0.
cmd: ./bpfscope killsnoop --cmd '/bin/kill -0 1' 2>/dev/null
stdout-re: ^TIME      PID    COMM             SIG  TPID   RESULT$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2}  [0-9]+ +kill +0    1      0$
