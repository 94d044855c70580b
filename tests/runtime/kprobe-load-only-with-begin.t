# --load-only: BEGIN and END load too, and are not run.
cmd: ./bpfscope --load-only -e 'BEGIN { printf("never\n"); } kprobe:do_nanosleep { @start[tid] = nsecs; } kretprobe:do_nanosleep /@start[tid]/ { @ns = hist(nsecs - @start[tid]); delete(@start[tid]); } END { clear(@start); }'
stdout-empty
stderr: 4 programs loaded, nothing attached
