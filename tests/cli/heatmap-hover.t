# Each cell's hover text: time and latency ranges, count, percentile in its column.
cmd: printf '0.1 100\n0.2 150\n0.3 150\n0.4 900\n' | ./bpfscope heatmap --rows 10 --max 1000 | grep -A3 '<title>'
stdout: <rect x="90.00" y="300.00" width="890.00" height="30.00" fill="#800026"><title>time 0-1 s
stdout: latency 100-200 us
stdout: count 3
stdout: percentile 75.0 (column: 4 events)</title></rect>
stdout: <rect x="90.00" y="60.00" width="890.00" height="30.00" fill="#ffeda0"><title>time 0-1 s
stdout: latency 900-1000 us
stdout: count 1
stdout: percentile 100.0 (column: 4 events)</title></rect>
