# ntop(pton(...)) of an IPv6 address gives it back in canonical form.
cmd: ./bpfscope -e 'BEGIN { printf("%s\n", ntop(pton("fe80:0:0::1"))); exit(); }'
stdout: fe80::1
stdout:
stdout:
