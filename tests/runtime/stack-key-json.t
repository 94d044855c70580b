# A map keyed by kstack prints as valid JSON with -f json.
cmd: ./bpfscope -f json -e 'tracepoint:syscalls:sys_enter_getppid /comm == "perl"/ { @[kstack] = count(); }' -c 'perl -e getppid'
json-valid
stdout-re: "type": ?"map"
stdout-re: do_syscall_64\+[0-9]+
