# A named parameter the program never asks for is refused.
cmd: ./bpfscope -e 'BEGIN { exit(); }' -- --foo=1
exit: 1
stdout-empty
stderr: bpfscope: error: the program has no named parameter '--foo' (it reads them with getopt())
