# Software events are a fixed list, aliases included; no kernel needed.
cmd: ./bpfscope -l 'software:cpu*'
stdout: software:cpu-clock:
stdout: software:cpu-migrations:
stdout: software:cpu:
stderr-empty
