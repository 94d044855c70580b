# uprobe:libc:pthread_create finds glibc's exported name (in .dynsym) even where a separate debug file (libc6-dbg) names the function __pthread_create_2_1: a Python thread start fires it once.
cmd: cp /usr/bin/python3 $TEST_TMP/pyexport; ./bpfscope -c "$TEST_TMP/pyexport -c 'import threading; t = threading.Thread(target=dict); t.start(); t.join()'" -e 'uprobe:libc:pthread_create /comm == "pyexport"/ { @ = count(); }' 2>/dev/null
stdout:
stdout:
stdout: @: 1
