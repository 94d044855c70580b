/* `bpfscope heat KIND`: traces this machine and draws a latency heat map
 * (syscall, runq, block) or the subsecond-offset map of CPU samples
 * (profile), by running bpfscope on a program in its own language and
 * rendering what it printed with `bpfscope heatmap`. */
#ifndef BPFSCOPE_LIVE_HEAT_LIVE_H
#define BPFSCOPE_LIVE_HEAT_LIVE_H

/* The subcommand: argv[0] is "heat". Returns the exit status. */
int heat_live_main(int argc, char **argv);

#endif
