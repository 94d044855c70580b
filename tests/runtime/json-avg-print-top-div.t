# print(@, top, div) of an avg map.
cmd: ./bpfscope -f json -e 'BEGIN { @["a"] = avg(10); @["b"] = avg(20); @["c"] = avg(30); @["d"] = avg(40); print(@, 2, 10); clear(@); exit(); }'
json-valid
stdout-json: {"type": "stats", "data": {"@": {"c": 3, "d": 4}}}
