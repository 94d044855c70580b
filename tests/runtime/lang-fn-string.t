# A function taking and returning strings.
cmd: ./bpfscope -e 'fn tag($n: int64): string { if ($n > 1) { return "many"; } return "one"; } fn same($s: string): string { return $s; } BEGIN { printf("%s %s %s\n", tag(1), tag(2), same("abc")); exit(); }'
stdout: one many abc
stdout:
stdout:
