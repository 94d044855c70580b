# Events lost to a full ring buffer are reported as lost_events.
cmd: ./bpfscope -f json -e 'config = { perf_rb_pages = 1 } BEGIN { $i = 0; while ($i < 2000) { printf("%d %d %d %d %d %d %d %d %s\n", 1, 2, 3, 4, 5, 6, 7, 8, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"); $i++; } exit(); }' 2>&1
json-valid
stdout-re: ^\{"type": "lost_events", "count": [1-9][0-9]*, "data": \{"events": [1-9][0-9]*\}\}$
