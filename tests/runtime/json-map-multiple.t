# Each map is its own JSON line.
cmd: ./bpfscope -f json -e 'BEGIN { @map1["key1"] = 2; @map2["key2"] = 3; exit(); }'
json-valid
stdout-json: {"type": "map", "data": {"@map1": {"key1": 2}}}
stdout-json: {"type": "map", "data": {"@map2": {"key2": 3}}}
