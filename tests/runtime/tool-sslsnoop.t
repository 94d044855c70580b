# bpfscope sslsnoop: a TLS server and client in one python3 process (over
# loopback, an EC certificate made here) each finish a handshake (1), the
# server signs and the client verifies with ECDSA, and each writes and reads
# the message once (the _ex calls return 1).
skip-unless: command -v openssl && command -v python3 && ldconfig -p | grep -q libssl.so.3
cmd: openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj /CN=bpfscope -keyout $TEST_TMP/k.pem -out $TEST_TMP/c.pem -days 1 2>/dev/null && ./bpfscope sslsnoop --cmd "python3 tests/fixtures/tls_pair.py $TEST_TMP/c.pem $TEST_TMP/k.pem sslsnoop-marker" 2>/dev/null
stdout-re: ^TIME\(us\)   TID      COMM     LAT\(us\)   RET FUNC$
stdout-re: ^[0-9]+ +[0-9]+ +python3 +[0-9]+ +1 SSL_do_handshake$
stdout-re: ^[0-9]+ +[0-9]+ +python3 +[0-9]+ +1 ECDSA_sign_ex$
stdout-re: ^[0-9]+ +[0-9]+ +python3 +[0-9]+ +1 ECDSA_verify$
stdout-re: ^[0-9]+ +[0-9]+ +python3 +[0-9]+ +1 SSL_write_ex$
stdout-re: ^[0-9]+ +[0-9]+ +python3 +[0-9]+ +1 SSL_read_ex$
