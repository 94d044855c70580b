# Input without folded stacks is an error.
cmd: printf 'nothing here\n' | ./bpfscope pprof
exit: 1
stdout-empty
stderr: bpfscope: no folded stacks in the input ("root;...;leaf COUNT")
