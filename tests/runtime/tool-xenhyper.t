# bpfscope xenhyper needs the xen tracepoints (CONFIG_XEN); without them it stops at once naming the missing tracepoint.
skip-unless: ! test -d /sys/kernel/tracing/events/xen
cmd: ./bpfscope xenhyper
exit: 1
stdout-empty
stderr-re: error: cannot type 'args': tracepoint xen:xen_mc_entry: no such tracepoint$
