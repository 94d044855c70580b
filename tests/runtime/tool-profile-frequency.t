# profile -F 999 samples at 999 Hz: a second of a busy program (real-time, so a loaded machine does not take its CPU) gives far more samples than 49 Hz could (at most about 50; its frames are not checked: under chrt they are not symbolized).
skip-unless: command -v chrt
cmd: cc -O1 -fno-omit-frame-pointer -o $TEST_TMP/profbusy tests/fixtures/busy.c && ./bpfscope profile -F 999 -f --cmd "chrt -f 50 $TEST_TMP/profbusy 1000" 2>/dev/null | awk '/^profbusy;/ { n += $NF } END { print (n > 200) ? "999 Hz" : "samples " n }'
stdout: 999 Hz
