cmd: ./bpfscope --check -f xml -e 'BEGIN { exit(); }'
exit: 1
stdout-empty
stderr: bpfscope: error: invalid output format 'xml' (valid: text, json)
