# username in JSON: a string as a value and as a map key.
cmd: ./bpfscope -f json -q -e 'BEGIN { print(username); @[username] = count(); exit(); }'
json-valid
stdout-json: {"type": "value", "data": "root"}
stdout-json: {"type": "map", "data": {"@": {"root": 1}}}
stdout-lines: 2
