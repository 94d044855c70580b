# #define NAME value: integers (with constant expressions) and strings.
cmd: printf '#define N 40\n#define TWICE_N (N * 2 + 1)\n#define GREETING "hi\\tthere"\nBEGIN { printf("%%d %%d %%s\\n", N + 2, TWICE_N, GREETING); exit(); }\n' > $TEST_TMP/p.bt && ./bpfscope $TEST_TMP/p.bt
stdout: 42 81 hi	there
stdout:
stdout:
