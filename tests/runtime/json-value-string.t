# print() of a string.
cmd: ./bpfscope -f json -e 'BEGIN { print("hi"); exit(); }'
json-valid
stdout-json: {"type": "value", "data": "hi"}
