# -lv 'enum NAME' prints the enumerators with their values.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -lv 'enum pid_type'
stdout-re: ^enum pid_type \{$
stdout-re: ^	PIDTYPE_PID = 0,$
stderr-empty
