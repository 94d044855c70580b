# A pton() byte compared with a number.
cmd: ./bpfscope -e 'BEGIN { $a = pton("127.0.0.1"); if ($a[0] == 127 && $a[3] == 1) { printf("loopback\n"); } exit(); }'
stdout: loopback
stdout:
stdout:
