/* Running a compiled image: maps created, programs loaded and attached,
 * BEGIN run, events handled until something stops tracing, then END run
 * and the maps printed. Everything the kernel holds for us is released
 * before returning (and by an atexit path if the process dies early), so
 * no program or link outlives bpfscope. */
#ifndef BPFSCOPE_RUNTIME_RUN_H
#define BPFSCOPE_RUNTIME_RUN_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "codegen/image.h"
#include "frontend/diag.h"
#include "runtime/output.h"

struct run_options {
	enum output_mode mode;          /* -f */
	FILE *out;                      /* stdout or the -o file */
	bool quiet;                     /* -q: no "Attached N probes" */
	bool dry_run;                   /* load and attach, then stop before BEGIN */
	bool load_only;                 /* create maps and load programs, attach nothing */
	uint64_t duration_ms;           /* stop after this long; 0: until told */
	const char *banner;             /* printed on stderr once attached, or NULL */
	bool no_uprobe_multi;           /* attach uprobes as perf events even where links work */
	bool has_child;                 /* a -c child was spawned (child.h): release it once attached */
	int watch_pid;                  /* -p: stop when this process exits; 0: none */
	const struct source *src;       /* the script, for messages with line:col */
	bool color;                     /* colour in script messages */
	bool debug_bpf;                 /* -d bpf: each program's instructions on stdout */
	bool debug_verifier;            /* -d verifier: the whole verifier log on stdout */
	bool no_warnings;               /* --no-warnings */
	bool unsafe;                    /* --unsafe: system() may run */
	int verbose;                    /* -v */
};

/* Returns the process exit status: 0, exit()'s code, or 1 after an error
 * (reported on stderr). */
int run_image(const struct image *img, const struct run_options *o);

/* -d bpf: one program's instructions, with map names. */
void run_print_prog(FILE *out, const struct image *img, const struct image_prog *p);

#endif
