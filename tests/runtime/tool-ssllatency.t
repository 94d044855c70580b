# bpfscope ssllatency -p: a TLS server and client in one python3 process (over
# loopback, an EC certificate made here; it starts once the uprobes are on)
# give two successful handshakes, one ECDSA signature and one verification,
# and two writes and reads, each in its histogram and stats.
skip-unless: command -v openssl && command -v python3 && ldconfig -p | grep -q libssl.so.3
cmd: openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj /CN=bpfscope -keyout $TEST_TMP/k.pem -out $TEST_TMP/c.pem -days 1 2>/dev/null && { python3 tests/fixtures/tls_pair.py $TEST_TMP/c.pem $TEST_TMP/k.pem ssllatency-marker wait & P=$!; ./bpfscope ssllatency -p $P -d 2 2>/dev/null; wait $P; }
stdout-re: ^Latency distribution in microsecond:$
stdout-re: ^@hist\[SSL_do_handshake\]:$
stdout-re: ^\[[0-9]+, ([0-9]+\)|\.\.\.\)) +2 \|@+ *\|$
stdout-re: ^@stat\[SSL_do_handshake\]: count 2, average [0-9]+, total [0-9]+$
stdout-re: ^@stat\[ECDSA_sign_ex\]: count 1, average [0-9]+, total [0-9]+$
stdout-re: ^@stat\[ECDSA_verify\]: count 1, average [0-9]+, total [0-9]+$
stdout-re: ^@stat\[SSL_write_ex\]: count 2, average [0-9]+, total [0-9]+$
stdout-re: ^@stat\[SSL_read_ex\]: count 2, average [0-9]+, total [0-9]+$
