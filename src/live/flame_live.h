/* `bpfscope flame KIND`: a flame graph of this machine in one command.
 * It writes a bpftrace-language program for the kind (cpu, offcpu,
 * wakeup, offwake), runs it with bpfscope itself for the duration or
 * until Ctrl-C, folds the stack map it prints and renders the SVG. */
#ifndef BPFSCOPE_LIVE_FLAME_LIVE_H
#define BPFSCOPE_LIVE_FLAME_LIVE_H

/* argv[0] is "flame". Returns the exit status. */
int flame_live_main(int argc, char **argv);

#endif
