# A macro taking and giving a string. Not in 0.17.
cmd: ./bpfscope -e 'macro pick(c, a, b) { c ? a : b } BEGIN { printf("%s %s\n", pick(1, "yes", "no"), pick(0, "yes", "no")); exit(); }'
stdout: yes no
stdout:
stdout:
