# profile -F 999 samples at 999 Hz: a busy second gives far more samples of hot_loop than the default 49 Hz could (at most 49 a second).
cmd: cc -O1 -fno-omit-frame-pointer -o $TEST_TMP/profbusy tests/fixtures/busy.c && ./bpfscope profile -F 999 -f --cmd "$TEST_TMP/profbusy 1000" 2>/dev/null | awk '/^profbusy;.*;hot_loop [0-9]+$/ { n += $NF } END { print (n > 100) ? "999 Hz" : "samples " n }'
stdout: 999 Hz
