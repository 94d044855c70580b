# -q drops attached_probes in JSON mode too.
cmd: ./bpfscope -q -f json -e 'BEGIN { printf("x"); exit(); }' 2>&1
json-valid
stdout: {"type": "printf", "data": "x"}
