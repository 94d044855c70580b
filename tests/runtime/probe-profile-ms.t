# profile:ms:10.
cmd: ./bpfscope -e 'profile:ms:10 { @ = count(); } interval:ms:200 { exit(); }'
stdout-re: ^@: [1-9][0-9]*$
