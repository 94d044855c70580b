# has_key() with a string key. Not in 0.17.
cmd: ./bpfscope -e 'BEGIN { @m["a"] = 1; if (has_key(@m, "a")) { printf("yes\n"); } clear(@m); exit(); }'
stdout: yes
stdout:
stdout:
