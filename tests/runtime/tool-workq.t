# bpfscope workq: sync after writing a file queues writeback work, so the
# flusher's wb_workfn shows up with a histogram of its run time.
cmd: ./bpfscope workq --cmd "sh -c 'echo workq-marker > /var/tmp/bpfscope-workq.$$; sync'" 2>/dev/null | sed -n '/^@us\[wb_workfn\]:$/,/^$/p'; rm -f /var/tmp/bpfscope-workq.$$
stdout-re: ^@us\[wb_workfn\]:$
stdout-re: ^\[[0-9]+[KM]?(, [0-9]+[KM]?\))? +[1-9][0-9]* \|@+ *\|$
