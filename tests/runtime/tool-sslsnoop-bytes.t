# bpfscope sslsnoop: openssl s_client sends "sslsnoop-bytes" and a newline
# (15 bytes) to s_server on loopback: SSL_write and SSL_read return 15.
# The client retries until the server listens (its input stays open 6 s).
skip-unless: command -v openssl && ldconfig -p | grep -q libssl.so.3
cmd: P=$((20000 + $$ % 20000)); openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj /CN=bpfscope -keyout $TEST_TMP/k.pem -out $TEST_TMP/c.pem -days 1 2>/dev/null && ./bpfscope sslsnoop --cmd "sh -c 'sleep 6 | openssl s_server -accept 127.0.0.1:$P -cert $TEST_TMP/c.pem -key $TEST_TMP/k.pem -naccept 1 -quiet & for i in \$(seq 30); do echo sslsnoop-bytes | openssl s_client -connect 127.0.0.1:$P -quiet -no_ign_eof 2>/dev/null && break; sleep 0.1; done'" 2>/dev/null
stdout-re: ^[0-9]+ +[0-9]+ +openssl +[0-9]+ +15 SSL_write$
stdout-re: ^[0-9]+ +[0-9]+ +openssl +[0-9]+ +15 SSL_read$
