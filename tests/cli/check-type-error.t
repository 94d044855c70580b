# --check runs the type pass: an unknown member of a kernel struct is reported with its place and a suggestion, without running anything.
cmd: ./bpfscope --check -e 'BEGIN { printf("%d\n", curtask->pidd); }'
exit: 1
stdout-empty
stderr: stdin:1:24: error: struct task_struct has no member 'pidd' (did you mean 'pid'?)
stderr: BEGIN { printf("%d\n", curtask->pidd); }
stderr:                        ^~~~~~~~~~~~~
