# An integer key becomes a JSON string key.
cmd: ./bpfscope -f json -e 'BEGIN { @m[7] = 1; exit(); }'
json-valid
stdout-json: {"type": "map", "data": {"@m": {"7": 1}}}
