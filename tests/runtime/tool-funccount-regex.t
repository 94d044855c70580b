# funccount -r: a regular expression over "category:event" (bcc's -r); a shell of one pid calls getppid() once, and nothing matches getpgrp's count.
cmd: { (sleep 1.5; exec /bin/sh </dev/null) & p=$!; ./bpfscope funccount -r -p $p 't:syscalls:sys_enter_(getppid|getpgrp)$' 2>/dev/null; }
stdout-re: ^FUNC                                    COUNT$
stdout-re: ^syscalls:sys_enter_getppid                  1$
stdout-not-re: getpgrp
