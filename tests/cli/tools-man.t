# bpfscope tools --man NAME writes a man page from the tool's header: name, synopsis with the common options, description and options.
cmd: ./bpfscope tools --man runqlat
stdout-re: ^\.TH BPFSCOPE-runqlat 8
stdout-re: ^bpfscope\\-runqlat \\- run\\-queue \(scheduler\) latency as a histogram\.$
stdout-re: ^bpfscope runqlat \[\\-p PID\] \[\\-m\] \[\\-P\] \[\\-d SECS\] \[interval \[count\]\]$
stdout-re: ^\.B \\-d, \\-\\-duration SECS$
stdout-re: ^E: the same information as the upstream tool$
