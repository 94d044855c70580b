# A misspelt provider is an error with a suggestion.
cmd: ./bpfscope -l 'tracepont:sched:*'
exit: 1
stdout-empty
stderr: bpfscope: error: unknown probe type 'tracepont' in 'tracepont:sched:*' (did you mean 'tracepoint'?)
