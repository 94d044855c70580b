# The newline stays in the printf data.
cmd: ./bpfscope -f json -e 'BEGIN { printf("a\n"); exit(); }'
json-valid
stdout-json: {"type": "printf", "data": "a\n"}
