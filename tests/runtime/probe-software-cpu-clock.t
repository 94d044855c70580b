# software:cpu-clock with a period.
cmd: ./bpfscope -e 'software:cpu-clock:1000000 { @ = count(); } interval:ms:200 { exit(); }'
stdout-re: ^@: [1-9][0-9]*$
