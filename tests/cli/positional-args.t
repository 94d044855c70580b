# Free arguments after an -e program are its $1, $2, ...
cmd: ./bpfscope --check -e 'BEGIN { printf("%d %s\n", $1, str($2)); exit(); }' 42 hello
exit: 0
stderr-empty
