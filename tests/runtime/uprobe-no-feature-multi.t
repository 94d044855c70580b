# --no-feature uprobe_multi attaches uprobes as perf events, one each: they fire the same (malloc in a child's libc).
cmd: ./bpfscope -q --no-feature uprobe_multi -c 'sh -c "ls / >/dev/null"' -e 'uprobe:libc:malloc /pid == cpid/ { @m = count(); }'
stdout-re: ^@m: [1-9][0-9]*$
