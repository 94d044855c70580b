# A pattern that looks like a missing file gets a warning, then is searched.
cmd: ./bpfscope -l 'no-such-script.bt'
stdout-empty
stderr: bpfscope: warning: 'no-such-script.bt' looks like a file name, but there is no such file: treating it as a search pattern
