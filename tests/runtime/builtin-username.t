# username is the name of the current uid, from /etc/passwd.
cmd: ./bpfscope -e 'BEGIN { printf("%s\n", username); exit(); }'
stdout: root
stdout:
stdout:
