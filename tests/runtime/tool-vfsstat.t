# bpfscope vfsstat: dd's 20000 one-byte reads and writes to a new file, and its fsync, are in the per-second rates (summed over the lines printed; other activity only adds).
cmd: ./bpfscope vfsstat --cmd "sh -c 'dd if=/dev/zero of=$TEST_TMP/vfsstat.out bs=1 count=20000 conv=fsync status=none; sleep 2.1'" 2>/dev/null > $TEST_TMP/out; head -1 $TEST_TMP/out; awk '/^[0-9:]+: / { r += $2; w += $3; f += $4; o += $5; c += $6; n++ } END { print (n >= 1 && r >= 20000 && w >= 20000 && f >= 1 && o >= 2 && c >= 1) ? "counted" : "missing " r " " w " " f " " o " " c }' $TEST_TMP/out
stdout: TIME         READ/s  WRITE/s  FSYNC/s   OPEN/s CREATE/s
stdout: counted
