# glibc 2.34 moved libpthread into libc: a function missing from the stub
# libpthread.so.0 (threadsnoop.bt's uprobe:libpthread:pthread_create) is an
# error that names libc instead.
cmd: ./bpfscope --load-only -e 'uprobe:libpthread:pthread_create { }'
skip-unless: test -e /lib/x86_64-linux-gnu/libpthread.so.0 && ! grep -q pthread_create /lib/x86_64-linux-gnu/libpthread.so.0
exit: 1
stdout-empty
stderr-re: error: uprobe: function 'pthread_create' not found in .*libpthread\.so\.0 .*; glibc 2\.34 and later have it in libc: uprobe:libc:pthread_create$
