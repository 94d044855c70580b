# A loop over a map in a branch that a getopt() default makes dead: its callback goes with the branch, so the program loads (the kernel refuses func_info for a subprogram nothing calls); given the option, the loop runs.
cmd: ./bpfscope -e 'BEGIN { @m[7] = 1; if (getopt("loop")) { for ($kv : @m) { printf("key %d\n", $kv.0); } } printf("done\n"); clear(@m); exit(); }' && ./bpfscope -e 'BEGIN { @m[7] = 1; if (getopt("loop")) { for ($kv : @m) { printf("key %d\n", $kv.0); } } printf("done\n"); clear(@m); exit(); }' -- --loop
stdout: done
stdout: 
stdout: 
stdout: key 7
stdout: done
stdout: 
stdout: 
