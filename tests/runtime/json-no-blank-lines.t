# JSON mode prints no empty lines at exit (0.17 prints two).
cmd: ./bpfscope -f json -e 'BEGIN { @x = 1; exit(); }'
json-valid
stdout-not-re: ^$
