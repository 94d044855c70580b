# BPFTRACE_HAVE_BTF is defined: the #ifndef branch of a tool (runqlen.bt's
# own struct cfs_rq, written for kernels without BTF) is not read, the
# #else branch is.
cmd: ./bpfscope -e $'#ifndef BPFTRACE_HAVE_BTF\nstruct cfs_rq { int only_without_btf; };\n#define WHICH 1\n#else\n#define WHICH 2\n#endif\n#if defined(BPFTRACE_HAVE_BTF) && 0\n#define OTHER 1\n#elif 1 + 1 == 2\n#define OTHER 2\n#endif\nBEGIN { printf("%d %d\\n", WHICH, sizeof(struct cfs_rq) > 64); exit(); }'
stdout: 2 1
stdout:
stdout:
