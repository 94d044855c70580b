# The programs behind every kind of live flame graph, with every filter, pass the kernel's verifier.
cmd: for k in cpu offcpu wakeup offwake; do ./bpfscope flame $k -p 1 -n init -m 10 -d 3 --print > $TEST_TMP/$k.bt && ./bpfscope --load-only $TEST_TMP/$k.bt 2>&1 | grep -c "loaded, nothing attached"; done
stdout: 1
stdout: 1
stdout: 1
stdout: 1
