# print() of an integer is {"type": "value"}.
cmd: ./bpfscope -f json -e 'BEGIN { $x = 5; print($x); exit(); }'
json-valid
stdout-json: {"type": "value", "data": 5}
