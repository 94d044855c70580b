# funccount -r: a regular expression that does not compile is pointed at, with the C library's reason.
cmd: ./bpfscope funccount -r 'c:str(len'
exit: 1
stdout-empty
stderr: bpfscope funccount: error: bad regular expression: Unmatched ( or \(
stderr:     c:str(len
stderr:       ^~~~~~~
