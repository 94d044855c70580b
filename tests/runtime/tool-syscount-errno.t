# syscount -x -e 3 counts only calls failing with ESRCH: 1234 kill() calls of a pid that cannot exist.
cmd: ./bpfscope syscount -x -e 3 --cmd "/usr/bin/python3 -c 'import ctypes; k = ctypes.CDLL(None).kill; [k(4194303, 0) for i in range(1234)]'" 2>/dev/null
stdout-re: ^kill +1234$
stdout-not-re: ^getppid
