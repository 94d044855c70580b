# count() is a plain map value.
cmd: ./bpfscope -f json -e 'BEGIN { @c = count(); @c = count(); exit(); }'
json-valid
stdout-json: {"type": "map", "data": {"@c": 2}}
