# avg() is reported as type "stats".
cmd: ./bpfscope -f json -e 'BEGIN { @a = avg(2); @a = avg(4); exit(); }'
json-valid
stdout-json: {"type": "stats", "data": {"@a": 3}}
