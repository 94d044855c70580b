# The body of a loop over a map reads the probe's tracepoint arguments.
cmd: set -o pipefail; ./bpfscope -e 'tracepoint:syscalls:sys_enter_openat /comm == "cat"/ { @m[1] = 1; for ($kv : @m) { if (str(args.filename) == "/etc/hostname") { printf("%d %s\n", $kv.0, str(args.filename)); exit(); } } }' -c 'cat /etc/hostname' | grep -v "^@\|^$\|^[a-z0-9.-]*$"
stdout: 1 /etc/hostname
