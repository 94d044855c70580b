# attached_probes in JSON mode (on stdout or stderr).
cmd: ./bpfscope -f json -e 'interval:ms:10 { exit(); }' 2>&1
json-valid
stdout-json: {"type": "attached_probes", "count": 1, "data": {"probes": 1}}
