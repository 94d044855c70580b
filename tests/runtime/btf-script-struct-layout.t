# A struct defined in the script has C layout: sizeof and offsetof, nested and anonymous members.
cmd: ./bpfscope -e 'struct foo { int a; char name[16]; struct foo *next; }; struct outer { char c; struct foo f; union { short s; long l; }; int tail[3]; }; BEGIN { printf("%d %d %d %d %d %d\n", sizeof(struct foo), offsetof(struct foo, next), sizeof(struct outer), offsetof(struct outer, f.next), offsetof(struct outer, l), offsetof(struct outer, tail)); exit(); }'
stdout: 32 24 64 32 40 48
stdout:
stdout:
