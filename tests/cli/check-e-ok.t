# --check with a valid -e program: exit 0, nothing printed.
cmd: ./bpfscope --check -e 'BEGIN { exit(); }'
exit: 0
stdout-empty
stderr-empty
