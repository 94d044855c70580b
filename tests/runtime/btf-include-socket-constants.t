# #include <sys/socket.h> gives the address families tools compare with
# (tcpaccept.bt, tcplife.bt: $family == AF_INET).
cmd: ./bpfscope -e $'#include <sys/socket.h>\nBEGIN { printf("%d %d %d\\n", AF_INET, AF_INET6, PF_UNIX); exit(); }'
stdout: 2 10 1
stdout:
stdout:
