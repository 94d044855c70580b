# bpfscope execsnoop shows an exec with its arguments, pid and parent pid.
cmd: ./bpfscope execsnoop --cmd 'sh -c "/bin/echo execsnoop-marker one two >/dev/null"'
stderr-re: ^Tracing exec\(\) calls\.\.\. Hit Ctrl-C to end\.$
stdout-re: ^TIME\(ms\)   PID     PPID    ARGS$
stdout-re: ^[0-9]+ +[0-9]+ +[0-9]+ +/bin/echo execsnoop-marker one two$
