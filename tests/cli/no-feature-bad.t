# --no-feature takes only the features it knows.
cmd: ./bpfscope --no-feature uprobe_mult -e 'BEGIN { exit(); }'
exit: 1
stdout-empty
stderr-re: ^bpfscope: error: invalid --no-feature value 'uprobe_mult'
