# exit() from an interval probe.
cmd: ./bpfscope -e 'interval:ms:30 { exit(); }'
stdout:
stdout:
