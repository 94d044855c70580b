# funccount -r: a regular expression that does not compile is pointed at.
cmd: ./bpfscope funccount -r 'c:str(len'
exit: 1
stdout-empty
stderr-re: ^bpfscope funccount: error: bad regular expression: 
stderr:     c:str(len
stderr:       ^~~~~~~
