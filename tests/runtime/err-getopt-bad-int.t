# A named parameter that should be an integer but is not is an error at the getopt() call.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", getopt("pid", 0)); exit(); }' -- --pid=abc
exit: 1
stdout-empty
stderr: stdin:1:31: error: --pid=abc: expected an integer
stderr: BEGIN { printf("%d\n", getopt("pid", 0)); exit(); }
stderr:                               ^~~~~
