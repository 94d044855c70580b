# A tool with positional arguments and a long-only option: --help lists
# them in the usage line and describes each.
cmd: ./bpfscope mysqld_qslower --help
stdout-re: ^usage: bpfscope mysqld_qslower \[--mariadb\] \[-d SECS\] \[PID\] \[MIN_MS\]$
stdout-re: ^  --mariadb +time dispatch_command\(\) with uprobes
stdout-re: ^  PID +the mysqld process to trace$
stdout-re: ^  MIN_MS +the threshold in milliseconds \(default 1\)$
