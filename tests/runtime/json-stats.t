# stats() as count/average/total.
cmd: ./bpfscope -f json -e 'BEGIN { @stats = stats(2); @stats = stats(10); exit(); }'
json-valid
stdout-json: {"type": "stats", "data": {"@stats": {"count": 2, "average": 6, "total": 12}}}
