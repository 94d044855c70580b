# A scalar map.
cmd: ./bpfscope -f json -e 'BEGIN { @scalar = 5; exit(); }'
json-valid
stdout-json: {"type": "map", "data": {"@scalar": 5}}
