/* The picture subcommands: `bpfscope flamegraph` and `bpfscope difffolded`. */
#ifndef BPFSCOPE_FLAME_CMD_H
#define BPFSCOPE_FLAME_CMD_H

#include <stdbool.h>

/* True when argv[1] names one of these subcommands. */
bool flame_cmd_is_subcommand(const char *arg);

/* Runs the subcommand argv[0] with its arguments; returns the exit status. */
int flame_cmd_main(int argc, char **argv);

#endif
