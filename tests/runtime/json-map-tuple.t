# A tuple value is a JSON array.
cmd: ./bpfscope -f json -e 'BEGIN { @ = (1, 2, "string", (4, 5)); exit(); }'
json-valid
stdout-json: {"type": "map", "data": {"@": [1, 2, "string", [4, 5]]}}
