# A key field "--" splits an off-wake key (offwaketime's): the blocked side folds as usual (name, user then kernel frames root first), then "--", then the waker's side mirrored (kernel then user frames leaf first, then its name); empty stacks add nothing.
cmd: ./bpfscope fold tests/fixtures/offwake-split.txt
stdout: reader;main;read;anon_pipe_read;schedule;__schedule;--;try_to_wake_up;anon_pipe_write;write;main;writer 307079
stdout: sleep;do_nanosleep;schedule;--;try_to_wake_up;hrtimer_wakeup;swapper/1 1000
