# hist() with one bucket.
cmd: ./bpfscope -f json -e 'BEGIN { @h = hist(3); exit(); }'
json-valid
stdout-json: {"type": "hist", "data": {"@h": [{"min": 2, "max": 3, "count": 1}]}}
