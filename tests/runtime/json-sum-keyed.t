# sum() per key.
cmd: ./bpfscope -f json -e 'BEGIN { @s["a"] = sum(4); @s["a"] = sum(6); exit(); }'
json-valid
stdout-json: {"type": "map", "data": {"@s": {"a": 10}}}
