# fold reads map text whose trailing blanks were trimmed (a "," ending a line still separates the key's fields and stacks).
cmd: sed 's/ *$//' tests/fixtures/offwake-split.txt | ./bpfscope fold
stdout: reader;main;read;anon_pipe_read;schedule;__schedule;--;try_to_wake_up;anon_pipe_write;write;main;writer 307079
stdout: sleep;do_nanosleep;schedule;--;try_to_wake_up;hrtimer_wakeup;swapper/1 1000
