# print() of a tuple.
cmd: ./bpfscope -f json -e 'BEGIN { $t = (1, 2, "string"); print($t); exit(); }'
json-valid
stdout-json: {"type": "value", "data": [1, 2, "string"]}
