# #include of headers that are not installed is fine: types come from BTF.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: printf '#include <linux/sched.h>\n#include "no/such/header.h"\n#ifndef BPFTRACE_HAVE_BTF\n#endif\nBEGIN { printf("%%d\\n", curtask->pid == pid); exit(); }\n' > $TEST_TMP/p.bt && ./bpfscope $TEST_TMP/p.bt
stdout: 1
stdout:
stdout:
