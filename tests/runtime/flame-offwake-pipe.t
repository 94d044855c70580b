# bpfscope flame offwake links a reader blocked on a pipe (cat in pipe_read) to its writer (the shell in pipe_write), about 300 ms of blocking.
cmd: ./bpfscope flame offwake -n cat -c "sh -c '(sleep 0.3; echo hi) | cat >/dev/null'" --folded -o $TEST_TMP/pw.folded 2>/dev/null && awk '/^cat;.*pipe_read.*;--;.*pipe_write.*;sh / { t += $NF } END { print (t >= 250000 && t <= 2000000) ? "linked" : "total " t }' $TEST_TMP/pw.folded
stdout: linked
