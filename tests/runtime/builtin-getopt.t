# getopt() reads named parameters given after "--": integers, strings and flags.
cmd: ./bpfscope -e 'BEGIN { printf("%d %s %d %d\n", getopt("pid", 0), getopt("comm", "x"), getopt("verbose"), getopt("neg", -5)); exit(); }' -- --pid=42 --comm=bash --verbose
stdout: 42 bash 1 -5
stdout:
stdout:
