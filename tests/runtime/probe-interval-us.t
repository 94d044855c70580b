# interval:us.
cmd: ./bpfscope -e 'interval:us:20000 { exit(); }'
stdout:
stdout:
