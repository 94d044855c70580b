# pton() printed in JSON is an array of numbers.
cmd: ./bpfscope -f json -q -e 'BEGIN { print(pton("10.0.0.1")); exit(); }'
json-valid
stdout-json: {"type": "value", "data": [10,0,0,1]}
stdout-lines: 1
