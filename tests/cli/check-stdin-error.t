# Errors in a program from stdin are reported against "stdin".
cmd: printf 'BEGIN {\n' | ./bpfscope --check -
exit: 1
stderr-re: ^stdin:[0-9]+:[0-9]+: error: 
