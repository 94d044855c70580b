# Lines without a count are skipped and counted in one warning.
cmd: printf 'a;b 3\nno count here\na;c x\n\na;c 2\n' | ./bpfscope flamegraph
stdout-re: <title>b \(3 samples, 60\.00%\)</title>
stderr: bpfscope: flamegraph: ignored 2 lines with invalid format
