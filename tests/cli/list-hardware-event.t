# software:EVENT and hardware:EVENT match the event without its count.
cmd: ./bpfscope -l 'hardware:cycles,s:cs:1000'
stdout: hardware:cycles:
stdout: software:cs:
stderr-empty
