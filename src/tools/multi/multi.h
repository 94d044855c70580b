/* bcc's generic multi-tools as commands: funccount, stackcount, trace and
 * argdist. Each parses bcc's argument syntax, writes a bpftrace-language
 * program for it, and runs that program through bpfscope itself (`-v` or
 * `--print` shows the program instead). */
#ifndef BPFSCOPE_TOOLS_MULTI_MULTI_H
#define BPFSCOPE_TOOLS_MULTI_MULTI_H

#include <stdbool.h>

/* True when `name` is one of the multi-tools. */
bool multi_tool_is(const char *name);

/* Runs multi-tool argv[0] with its arguments; returns the exit status. */
int multi_tool_run(int argc, char **argv);

/* Calls fn for each multi-tool: its name, its one-line summary and its
 * class letter (TOOLS.md: E, A, P, U or N). */
void multi_tool_each(void (*fn)(const char *name, const char *summary, char cls, void *arg),
		     void *arg);

#endif
