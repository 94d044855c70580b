/* The tools as commands: `bpfscope NAME [options]` runs tools/NAME.bt and
 * `bpfscope tools` lists them.
 *
 * One mechanism serves every tool. A tool declares its command line in
 * its header comment, one directive per line:
 *
 *     @option -p PID --pid   only this process      (a value option)
 *     @option -T --time      print a timestamp      (a flag)
 *     @arg NAME help         a positional argument, $1, $2, ...
 *     @interval              bcc's trailing [interval [count]]
 *     @duration              a trailing [duration] in seconds
 *     @folded                -f/--folded: stack maps as folded lines
 *     @banner TEXT           "Tracing ... Hit Ctrl-C to end.", on stderr
 *                            once every probe is attached
 *     @class E|A|P|U|N       how close it is to the upstream tool
 *     @tracer-pid            --pid is also the tracer's -p: user-space
 *                            probes attach to that process only
 *
 * The program reads options as named parameters: getopt("pid", 0),
 * getopt("time"), and interval and count as getopt("interval", 0) and
 * getopt("count", 0). Every tool also takes --cmd CMD (trace while CMD
 * runs: bpfscope -c), --output FILE, -d/--duration SECS (unless it has
 * its own -d, or @duration), and -h/--help, printed from the header. The
 * runner turns `-p 42 -T 5 3` into `bpfscope TOOL.bt -- --pid=42 --time
 * --interval=5 --count=3` and rejects unknown options. --folded runs the
 * tracer into a temporary file and passes its maps through `bpfscope fold`. */
#ifndef BPFSCOPE_TOOLS_RUNNER_H
#define BPFSCOPE_TOOLS_RUNNER_H

#include <stdbool.h>
#include <stdio.h>

struct tool;

/* True when `name` is a tool in tools_dir(). */
bool tools_is_tool(const char *name);

/* `bpfscope tools`: each tool's name and one-line description. */
int tools_list(void);

/* Runs tool argv[0] with its options; returns the exit status (it execs
 * bpfscope on the script, so returns only on errors, unless --folded). */
int tools_run(int argc, char **argv);

/* The usage line, and each option with its help (its own, then the
 * common ones), for --help and the man page. */
void tools_usage(const struct tool *t, FILE *out);
void tools_each_option(const struct tool *t, void (*fn)(const char *left, const char *help, void *arg),
		       void *arg);

/* `bpfscope tools --man NAME`: the tool's man page (roff) on stdout. */
int tools_man(const char *name);

#endif
