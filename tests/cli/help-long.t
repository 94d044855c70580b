# --help documents every option.
cmd: ./bpfscope --help
exit: 0
stderr-empty
stdout-re: ^usage: bpfscope
stdout-re: -e PROGRAM
stdout-re: --check
stdout-re: -l, --list
stdout-re: --dry-run
stdout-re: -d, --debug STAGE
stdout-re: -p, --pid PID
stdout-re: -c, --cmd CMD
stdout-re: -f FORMAT
stdout-re: -o, --output FILE
stdout-re: -B MODE
stdout-re: -q, --quiet
stdout-re: -v, --verbose
stdout-re: -k, --warnings
stdout-re: --no-warnings
stdout-re: --unsafe
stdout-re: --color
stdout-re: -I DIR
stdout-re: --include FILE
stdout-re: --usdt-file-activation
stdout-re: -V, --version
stdout-re: --info
