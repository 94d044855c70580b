# --load-only: fentry with BTF-typed args (needs fentry; this kernel refuses it before verifying).
skip-unless: ./bpfscope --info 2>/dev/null | grep -q '^fentry: yes'
cmd: ./bpfscope --load-only -e 'fentry:do_sys_openat2 { printf("%s %d\n", str(args.filename), args.dfd); @[func] = count(); }'
stdout-empty
stderr: 1 program loaded, nothing attached
