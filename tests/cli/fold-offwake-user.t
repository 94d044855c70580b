# fold --offwake with kernel and user stacks on both sides (the tracing frames, BPF program, bpf_trace_run and __traceiter_, left out): the blocked thread's user then kernel frames root first, "--", then the waker's kernel then user frames leaf first; an empty waker user stack adds nothing.
cmd: ./bpfscope fold --offwake tests/fixtures/offwake-map.txt
stdout: reader;main;read;anon_pipe_read;schedule;__schedule;--;try_to_wake_up;anon_pipe_write;write;main;writer 300412
stdout: sleep;clock_nanosleep;do_nanosleep;schedule;--;try_to_wake_up;hrtimer_wakeup;swapper/1 1000
