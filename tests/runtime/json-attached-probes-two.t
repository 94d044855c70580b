# attached_probes counts every probe.
cmd: ./bpfscope -f json -e 'BEGIN { exit(); } END { }' 2>&1
json-valid
stdout-json: {"type": "attached_probes", "count": 2, "data": {"probes": 2}}
