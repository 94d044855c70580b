# Listing uprobes (ELF symbols) is not written yet.
cmd: ./bpfscope -l 'uprobe:/bin/sh:*'
exit: 1
stdout-empty
stderr: bpfscope: error: listing uprobe probes is not implemented yet
