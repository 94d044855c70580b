/* The tools as commands: `bpfscope NAME [options]` runs tools/NAME.bt and
 * `bpfscope tools` lists them.
 *
 * One mechanism serves every tool: a tool declares its options in its
 * header comment, one per line,
 *
 *     * @option -p PID --pid   only this process
 *     * @option -T --time      print a timestamp column
 *
 * (a short name, an optional value name, the long name, the help text),
 * reads them in the program with getopt("pid", 0) or getopt("time"), and
 * may take positional arguments ($1, $2: interval and count) declared with
 * "@arg NAME help". Every tool also takes --cmd CMD (run CMD, trace while
 * it runs: bpfscope -c) and --output FILE. The runner turns `-p 42 -T 5` into the program's
 * `-- --pid=42 --time` and $1 = 5, prints --help from the header, and
 * rejects unknown options. */
#ifndef BPFSCOPE_TOOLS_RUNNER_H
#define BPFSCOPE_TOOLS_RUNNER_H

#include <stdbool.h>

/* The directory the tools are in: $BPFSCOPE_TOOLS, else tools/ next to
 * the binary (a build tree), else PREFIX/share/bpfscope/tools. NULL when
 * none exists. */
const char *tools_dir(void);

/* True when `name` is a tool in tools_dir(). */
bool tools_is_tool(const char *name);

/* `bpfscope tools`: each tool's name and one-line description. */
int tools_list(void);

/* Runs tool argv[0] with its options; returns the exit status (it execs
 * bpfscope on the script, so returns only on errors). */
int tools_run(int argc, char **argv);

#endif
