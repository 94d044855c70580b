# -B accepts line, full and none.
cmd: for m in line full none; do ./bpfscope --check -B "$m" -e 'BEGIN { exit(); }' || exit; done
exit: 0
stdout-empty
stderr-empty
