# A built-in generic tool's man page comes from its --help: name and summary, the usage as synopsis, the options.
cmd: ./bpfscope tools --man funccount
stdout-re: ^\.TH BPFSCOPE-funccount 8
stdout-re: ^bpfscope\\-funccount \\- count the tracepoints, user functions or USDT probes that match a pattern\.$
stdout-re: ^bpfscope funccount \[\\-p PID\]
stdout-re: ^  \\-p PID, \\-\\-pid +trace this PID only$
