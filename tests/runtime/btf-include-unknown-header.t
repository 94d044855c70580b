# Without the #include, AF_INET is unknown, as in bpftrace; an unknown
# header is accepted (types come from BTF).
cmd: ./bpfscope -e $'#include <net/sock.h>\nBEGIN { printf("%d\\n", AF_INET); exit(); }'
exit: 1
stdout-empty
stderr-re: error: unknown identifier 'AF_INET'
