# -f json: every event and the maps as NDJSON on stdout.
skip-unless: test "$(id -u)" = 0
cmd: ./bpfscope -f json -e 'BEGIN { printf("hi\n"); @x = 5; exit(); }'
stdout: {"type": "attached_probes", "count": 1, "data": {"probes": 1}}
stdout: {"type": "printf", "data": "hi\n"}
stdout: {"type": "map", "data": {"@x": 5}}
stderr-empty
