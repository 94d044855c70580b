# Multiple keys are joined with a comma.
cmd: ./bpfscope -f json -e 'BEGIN { @n[1, "b"] = 2; exit(); }'
json-valid
stdout-json: {"type": "map", "data": {"@n": {"1,b": 2}}}
