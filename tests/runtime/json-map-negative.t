# A negative value.
cmd: ./bpfscope -f json -e 'BEGIN { @x = -7; exit(); }'
json-valid
stdout-json: {"type": "map", "data": {"@x": -7}}
