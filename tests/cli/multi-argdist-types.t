# argdist: a type list that does not match the expression list is shown under both.
cmd: ./bpfscope argdist -C 't:block:block_rq_issue():u32,u32:args.bytes'
exit: 1
stdout-empty
stderr: bpfscope argdist: error: 2 types for 1 expression
stderr:     t:block:block_rq_issue():u32,u32:args.bytes
stderr:                              ^~~~~~~~~~~~~~~~~~
