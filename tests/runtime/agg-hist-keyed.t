# Keyed histograms: "@h[key]:" each followed by an empty line.
cmd: ./bpfscope -e 'BEGIN { @h[1] = hist(1024); @h[2] = hist(0); @h[2] = hist(-1); exit(); }'
stdout:
stdout:
stdout: @h[1]:
stdout: [1K, 2K)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout:
stdout: @h[2]:
stdout: (..., 0)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout: [0]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout:
