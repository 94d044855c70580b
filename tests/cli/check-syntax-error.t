# --check exits 1 on a bad program; -e programs are named "stdin".
cmd: ./bpfscope --check -e 'BEGIN { exit( }'
exit: 1
stdout-empty
stderr-re: ^stdin:1:[0-9]+: error: 
