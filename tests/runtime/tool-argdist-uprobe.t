# argdist on libc functions with signatures: -C counts write() sizes to stdout by a renamed dd (3 writes of 4096 bytes); -H of a return probe uses $latency, filtered by $entry(count), so it takes an entry probe too.
cmd: cp /bin/dd $TEST_TMP/admark-dd && head -c 12288 /dev/zero > $TEST_TMP/in && ./bpfscope argdist -C 'p:c:write(int fd, void *buf, size_t len):size_t:len:fd==1 && STRCMP("admark-dd", comm)' -H 'r:c:read(int fd, void *buf, size_t count):u64:$latency:$entry(count) > 10 && STRCMP("admark-dd", comm)' --cmd "sh -c '$TEST_TMP/admark-dd if=$TEST_TMP/in bs=4k count=3 status=none | cat >/dev/null'" 2>/dev/null
stdout-re: ^p:c:write\(int fd, void \*buf, size_t len\):size_t:len:fd==1 && STRCMP\("admark-dd", comm\)$
stdout-re: ^        COUNT      EVENT$
stdout-re: ^        3          len = 4096$
stdout-re: ^     \$latency            : count     distribution$
