# --dry-run compiles and loads nothing is run: no output from BEGIN.
cmd: ./bpfscope --dry-run -e 'BEGIN { printf("ran\n"); exit(); }'
stdout-not-re: ran
