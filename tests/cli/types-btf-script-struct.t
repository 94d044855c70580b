# Script C definitions need no BTF: struct layout and constants work without it.
cmd: BPFTRACE_BTF=/nonexistent ./bpfscope --check -d types -e 'struct foo { int a; char name[16]; struct foo *next; }; enum e { A = 3 }; begin { $f = (struct foo *)0; print($f->name); print(sizeof(struct foo)); print(A); }'
exit: 0
stdout-re: ^1:111 field name : string\[16\]$
stdout-re: ^1:128 sizeof : uint64$
stdout-re: ^1:155 int 3 : enum e$
