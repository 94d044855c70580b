# profile:hz:99 fires on each CPU.
cmd: ./bpfscope -e 'profile:hz:99 { @ = count(); } interval:ms:200 { exit(); }'
stdout-re: ^@: [1-9][0-9]*$
