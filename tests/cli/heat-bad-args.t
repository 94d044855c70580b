# Errors of `bpfscope heat`; a wrong drawing option is found before tracing.
cmd: for a in '' 'disk' 'syscall -d 0' 'syscall -n waytoolongprocessname' 'runq --bogus' 'block --rows 0'; do ./bpfscope heat $a; echo "exit $?"; done
stdout: exit 1
stdout: exit 1
stdout: exit 1
stdout: exit 1
stdout: exit 1
stdout: exit 1
stderr: bpfscope heat: which heat map? syscall, runq, block or profile (see bpfscope heat --help)
stderr: bpfscope heat: unknown kind 'disk': syscall, runq, block or profile (see bpfscope heat --help)
stderr: bpfscope heat: -d needs a number of seconds, not '0' (see bpfscope heat --help)
stderr: bpfscope heat: -n needs a process name of up to 15 characters, not 'waytoolongprocessname' (see bpfscope heat --help)
stderr: bpfscope heat: unknown option '--bogus' (see bpfscope heat --help)
stderr: bpfscope heatmap: --rows needs a number from 1 to 10000, not '0' (see bpfscope heatmap --help)
