# bpfscope flame --print shows the program it would run, filters included.
cmd: ./bpfscope flame cpu -p 42 -F 49 -d 5 --print
stdout: profile:hz:49 /pid == 42/
stdout: {
stdout: 	@[kstack, ustack, comm] = count();
stdout: }
stdout: interval:s:5
stdout: {
stdout: 	exit();
stdout: }
