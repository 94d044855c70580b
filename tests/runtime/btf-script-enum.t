# An enum defined in the script: its values are constants and print by name.
cmd: ./bpfscope -e 'enum color { RED, GREEN = 5, BLUE }; BEGIN { $c = GREEN; printf("%s %d %d %s %d\n", $c, $c, BLUE, (enum color)0, sizeof(enum color)); exit(); }'
stdout: GREEN 5 6 RED 4
stdout:
stdout:
