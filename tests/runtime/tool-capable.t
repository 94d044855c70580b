# bpfscope capable -n capchown shows root's chown of a file to another user asking for CAP_CHOWN (0), uid 0, with the chown's comm.
cmd: cp /bin/chown $TEST_TMP/capchown; touch $TEST_TMP/f; ./bpfscope capable -n capchown --cmd "$TEST_TMP/capchown 65534 $TEST_TMP/f" 2>/dev/null
stdout-re: ^TIME      UID    PID    COMM             CAP  NAME                 AUDIT$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2}  0      [0-9]+ +capchown +0    CAP_CHOWN            -$
