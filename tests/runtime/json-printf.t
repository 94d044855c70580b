# printf as {"type": "printf", "data": ...}, the only line with -q.
cmd: ./bpfscope -f json -q -e 'BEGIN { printf("test %d", 5); exit(); }'
json-valid
stdout-json: {"type": "printf", "data": "test 5"}
stdout-lines: 1
