# bpfscope sslsnoop with an RSA certificate (2048 bits, made here): TLS 1.3
# signs with RSA-PSS, which OpenSSL 3 does through RSA_private_encrypt on the
# server and RSA_public_decrypt on the client, each returning 256 bytes.
skip-unless: command -v openssl && command -v python3 && ldconfig -p | grep -q libssl.so.3
cmd: openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=bpfscope -keyout $TEST_TMP/k.pem -out $TEST_TMP/c.pem -days 1 2>/dev/null && ./bpfscope sslsnoop --cmd "python3 tests/fixtures/tls_pair.py $TEST_TMP/c.pem $TEST_TMP/k.pem sslsnoop-rsa" 2>/dev/null
stdout-re: ^[0-9]+ +[0-9]+ +python3 +[0-9]+ +256 RSA_private_encrypt$
stdout-re: ^[0-9]+ +[0-9]+ +python3 +[0-9]+ +256 RSA_public_decrypt$
stdout-re: ^[0-9]+ +[0-9]+ +python3 +[0-9]+ +1 SSL_do_handshake$
