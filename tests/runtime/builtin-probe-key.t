# probe as a map key.
cmd: ./bpfscope -e 'interval:ms:20 { @[probe] = count(); exit(); }'
stdout:
stdout:
stdout: @[interval:ms:20]: 1
