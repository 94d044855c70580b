# A string-keyed map.
cmd: ./bpfscope -f json -e 'BEGIN { @map["key1"] = 2; @map["key2"] = 3; exit(); }'
json-valid
stdout-json: {"type": "map", "data": {"@map": {"key1": 2, "key2": 3}}}
