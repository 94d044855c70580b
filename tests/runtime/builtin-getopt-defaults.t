# Without named parameters getopt() gives its defaults (false for a flag).
cmd: ./bpfscope -e 'BEGIN { printf("%d %s %d\n", getopt("pid", 7), getopt("comm", "any"), getopt("verbose")); exit(); }'
stdout: 7 any 0
stdout:
stdout:
