/* Live flame graphs (see flame_live.h).
 *
 * The programs, by kind (FILTER stands for the -p/-n filters):
 *
 *   cpu      profile:hz:HZ, @[kstack, ustack, comm] = count() of the
 *            task on the CPU.
 *   offcpu   rawtracepoint:sched_switch: the task leaving the CPU is the
 *            current one there, so its stacks are taken then, with the
 *            time; when it comes back, the time it was off goes to those
 *            stacks, in microseconds.
 *   wakeup   rawtracepoint:sched_waking: the waker is the current task,
 *            so its stacks are the ones that wake the (filtered) task.
 *   offwake  both: the blocked stack and the stack of whoever woke it,
 *            merged in the kernel into one key, folded with "--".
 *
 * The tracer is bpfscope itself (/proc/self/exe), so its errors reach the
 * user as they are; this process waits for it (Ctrl-C goes to both: the
 * tracer prints its maps and exits, then the graph is drawn). */
#include "live/flame_live.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "flame/cmd.h"
#include "fold/export.h"
#include "fold/fold.h"
#include "live/tracer.h"
#include "util/cmdline.h"
#include "util/strbuf.h"

struct kind {
	const char *name;
	const char *title, *countname, *palette;
	const char *what;       /* for the Tracing... line */
};

static const struct kind kinds[] = {
	{ "cpu", "CPU Flame Graph", "samples", "hot", "on-CPU stacks" },
	{ "offcpu", "Off-CPU Time Flame Graph", "us", "io", "off-CPU time by blocked stack" },
	{ "wakeup", "Wakeup Flame Graph", "wakeups", "wakeup", "waker stacks" },
	{ "offwake", "Off-Wake Time Flame Graph", "us", "chain",
	  "off-CPU time by blocked and waker stack" },
};

struct live {
	const struct kind *kind;
	long seconds;           /* 0: until Ctrl-C */
	long hz;
	long pid;
	const char *comm;
	long min_us;
	const char *output, *cmd, *title;
	int folded, html;
};

/* A filter on a task expression: "$t->tgid == 42 && $t->comm == "x"". */
static void task_filter(struct strbuf *sb, const struct live *l, const char *task)
{
	const char *and = "";
	if (l->pid) {
		strbuf_printf(sb, "%s->tgid == %ld", task, l->pid);
		and = " && ";
	}
	if (l->comm)
		strbuf_printf(sb, "%s%s->comm == \"%s\"", and, task, l->comm);
}

/* The off-CPU bookkeeping shared by offcpu and offwake: at switch-out the
 * leaving task's stacks and time; at switch-in, the time off. */
static void switch_probe(struct strbuf *sb, const struct live *l, bool wake)
{
	strbuf_puts(sb, "rawtracepoint:sched_switch\n{\n"
			"\t$prev = args.prev;\n\t$next = args.next;\n\tif (");
	if (l->pid || l->comm)
		task_filter(sb, l, "$prev");
	else
		strbuf_puts(sb, "$prev->pid != 0");
	strbuf_puts(sb, ") {\n\t\t@start[$prev->pid] = nsecs;\n"
			"\t\t@kst[$prev->pid] = kstack;\n");
	if (!wake)
		strbuf_puts(sb, "\t\t@ust[$prev->pid] = ustack;\n");
	strbuf_puts(sb, "\t}\n\t$s = @start[$next->pid];\n\tif ($s) {\n"
			"\t\t$us = (nsecs - $s) / 1000;\n");
	strbuf_printf(sb, "\t\tif ($us >= %ld) {\n", l->min_us);
	if (wake)
		strbuf_puts(sb, "\t\t\t@[@kst[$next->pid], @wst[$next->pid], $next->comm, "
				"@wcomm[$next->pid]] = sum($us);\n");
	else
		strbuf_puts(sb, "\t\t\t@[@kst[$next->pid], @ust[$next->pid], $next->comm] = "
				"sum($us);\n");
	strbuf_puts(sb, "\t\t}\n\t\tdelete(@start[$next->pid]);\n\t\tdelete(@kst[$next->pid]);\n");
	if (wake)
		strbuf_puts(sb, "\t\tdelete(@wst[$next->pid]);\n\t\tdelete(@wcomm[$next->pid]);\n");
	else
		strbuf_puts(sb, "\t\tdelete(@ust[$next->pid]);\n");
	strbuf_puts(sb, "\t}\n}\n");
}

static void program(struct strbuf *sb, const struct live *l)
{
	const char *k = l->kind->name;
	if (!strcmp(k, "cpu")) {
		strbuf_printf(sb, "profile:hz:%ld", l->hz);
		if (l->pid || l->comm) {
			strbuf_puts(sb, " /");
			if (l->pid)
				strbuf_printf(sb, "pid == %ld%s", l->pid, l->comm ? " && " : "");
			if (l->comm)
				strbuf_printf(sb, "comm == \"%s\"", l->comm);
			strbuf_puts(sb, "/");
		}
		strbuf_puts(sb, "\n{\n\t@[kstack, ustack, comm] = count();\n}\n");
	} else if (!strcmp(k, "offcpu")) {
		switch_probe(sb, l, false);
	} else if (!strcmp(k, "wakeup")) {
		strbuf_puts(sb, "rawtracepoint:sched_waking");
		if (l->pid || l->comm) {
			strbuf_puts(sb, "\n{\n\t$p = args.p;\n\tif (");
			task_filter(sb, l, "$p");
			strbuf_puts(sb, ") {\n\t\t@[kstack, ustack, comm] = count();\n\t}\n}\n");
		} else {
			strbuf_puts(sb, "\n{\n\t@[kstack, ustack, comm] = count();\n}\n");
		}
	} else {
		strbuf_puts(sb, "rawtracepoint:sched_waking\n{\n\t$p = args.p;\n");
		if (l->pid || l->comm) {
			strbuf_puts(sb, "\tif (");
			task_filter(sb, l, "$p");
			strbuf_puts(sb, ") {\n");
		}
		strbuf_puts(sb, "\t@wst[$p->pid] = kstack;\n\t@wcomm[$p->pid] = comm;\n");
		if (l->pid || l->comm)
			strbuf_puts(sb, "\t}\n");
		strbuf_puts(sb, "}\n");
		switch_probe(sb, l, true);
	}
	if (l->seconds)
		strbuf_printf(sb, "interval:s:%ld\n{\n\texit();\n}\n", l->seconds);
	/* Only the stack map is wanted at the end: the off-CPU kinds clear
	 * their bookkeeping maps. */
	if (!strcmp(k, "offcpu") || !strcmp(k, "offwake")) {
		strbuf_puts(sb, "END\n{\n\tclear(@start);\n\tclear(@kst);\n");
		strbuf_puts(sb, !strcmp(k, "offcpu") ? "\tclear(@ust);\n"
						      : "\tclear(@wst);\n\tclear(@wcomm);\n");
		strbuf_puts(sb, "}\n");
	}
}

static const char usage[] =
	"usage: bpfscope flame KIND [OPTIONS]\n"
	"\n"
	"Traces this machine and draws a flame graph. KIND is one of:\n"
	"  cpu       on-CPU stacks, sampled (profile), per process and kernel+user\n"
	"  offcpu    time blocked, in microseconds, by the stack that blocked\n"
	"  wakeup    wakeups, by the stack of the task that did the waking\n"
	"  offwake   time blocked, by blocked stack and waker stack joined with \"--\"\n"
	"\n"
	"OPTIONS:\n"
	"  -d SECONDS      trace for this long (default: until Ctrl-C)\n"
	"  -p PID          only this process (the blocked or sampled one)\n"
	"  -n COMM         only tasks with this name\n"
	"  -c CMD          run CMD and trace while it runs\n"
	"  -F HZ           cpu: sampling rate (default 99)\n"
	"  -m US           offcpu, offwake: only blocks of at least US microseconds (1)\n"
	"  -o FILE         write the graph to FILE (default: KIND.svg, or .html, .folded);\n"
	"                  FILE.pb.gz writes a pprof profile, FILE.json speedscope JSON\n"
	"  --folded        write folded stacks instead of a graph\n"
	"  --html          an HTML page with a canvas renderer, for big profiles\n"
	"  --title TEXT    the graph's title\n"
	"  --print         print the tracing program and exit\n"
	"  -h, --help      this help\n";

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && !strcmp(s + n - m, suffix);
}

/* 'p' for pprof (FILE.pb.gz, FILE.pprof), 's' for speedscope (FILE.json), 0 for a graph. */
static int export_format(const char *output)
{
	if (ends_with(output, ".pb.gz") || ends_with(output, ".pprof"))
		return 'p';
	return ends_with(output, ".json") ? 's' : 0;
}

static int write_export(const struct live *l, const char *folded)
{
	FILE *in = fopen(folded, "re"), *out = fopen(l->output, "we");
	int r = -1;
	if (in && out) {
		const struct export_kind *k = export_kind_lookup(l->kind->name);
		r = export_format(l->output) == 'p'
			    ? export_pprof(in, out, k, l->hz)
			    : export_speedscope(in, out, k, l->title ? l->title : l->kind->title);
	} else {
		fprintf(stderr, "bpfscope flame: cannot write %s: %m\n", l->output);
	}
	if (in)
		fclose(in);
	if (out && fclose(out))
		r = -1;
	return r ? 1 : 0;
}

int flame_live_main(int argc, char **argv)
{
	struct live l = { .hz = 99, .min_us = 1 };
	bool print_only = false;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *val = i + 1 < argc ? argv[i + 1] : NULL;
		bool takes = !strcmp(a, "-d") || !strcmp(a, "-p") || !strcmp(a, "-n") ||
			     !strcmp(a, "-c") || !strcmp(a, "-F") || !strcmp(a, "-m") ||
			     !strcmp(a, "-o") || !strcmp(a, "--title");
		if (takes && !val)
			return cmdline_error("flame", "%s needs a value", a);
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(usage, stdout);
			return 0;
		} else if (!strcmp(a, "-d")) {
			if (!cmdline_number(val, 1, &l.seconds))
				return cmdline_error("flame", "-d needs a number of seconds, not '%s'", val);
		} else if (!strcmp(a, "-p")) {
			if (!cmdline_number(val, 1, &l.pid))
				return cmdline_error("flame", "-p needs a process id, not '%s'", val);
		} else if (!strcmp(a, "-F")) {
			if (!cmdline_number(val, 1, &l.hz))
				return cmdline_error("flame", "-F needs a frequency in Hz, not '%s'", val);
		} else if (!strcmp(a, "-m")) {
			if (!cmdline_number(val, 0, &l.min_us))
				return cmdline_error("flame", "-m needs microseconds, not '%s'", val);
		} else if (!strcmp(a, "-n")) {
			if (strchr(val, '"') || strchr(val, '\\') || strlen(val) > 15)
				return cmdline_error("flame", "-n needs a process name of up to 15 characters, not '%s'", val);
			l.comm = val;
		} else if (!strcmp(a, "-c")) {
			l.cmd = val;
		} else if (!strcmp(a, "-o")) {
			l.output = val;
		} else if (!strcmp(a, "--title")) {
			l.title = val;
		} else if (!strcmp(a, "--folded")) {
			l.folded = 1;
			continue;
		} else if (!strcmp(a, "--html")) {
			l.html = 1;
			continue;
		} else if (!strcmp(a, "--print")) {
			print_only = true;
			continue;
		} else if (a[0] == '-') {
			return cmdline_error("flame", "unknown option '%s'", a);
		} else if (!l.kind) {
			for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
				if (!strcmp(a, kinds[k].name))
					l.kind = &kinds[k];
			if (!l.kind)
				return cmdline_error("flame", "unknown kind '%s': cpu, offcpu, wakeup or offwake", a);
			continue;
		} else {
			return cmdline_error("flame", "unexpected argument '%s'", a);
		}
		if (takes)
			i++;
	}
	if (!l.kind)
		return cmdline_error("flame", "%s", "which flame graph? cpu, offcpu, wakeup or offwake");
	struct strbuf prog = { 0 };
	program(&prog, &l);
	if (print_only) {
		fputs(prog.data, stdout);
		strbuf_free(&prog);
		return 0;
	}
	char out_default[64];
	if (!l.output) {
		snprintf(out_default, sizeof(out_default), "%s.%s", l.kind->name,
			 l.folded ? "folded" : l.html ? "html" : "svg");
		l.output = out_default;
	}
	char maps[] = "/tmp/bpfscope-flame-maps.XXXXXX";
	char folded[] = "/tmp/bpfscope-flame-folded.XXXXXX";
	if (live_temp_files("flame", maps, folded))
		return 1;
	live_announce(l.kind->what, l.seconds);
	struct live_tracer t = { .who = "flame", .program = prog.data, .out_path = maps,
				 .pid = l.pid, .cmd = l.cmd };
	int ret = live_trace(&t);
	strbuf_free(&prog);
	if (ret == 0) {
		struct fold_options fo = { .offwake = !strcmp(l.kind->name, "offwake") };
		FILE *in = fopen(maps, "re"), *out = fopen(l.folded ? l.output : folded, "we");
		long stacks = in && out ? fold_stream(in, out, &fo) : -1;
		if (in)
			fclose(in);
		if (out && fclose(out) != 0)
			stacks = -1;
		if (stacks < 0) {
			fprintf(stderr, "bpfscope flame: cannot fold the stacks: %m\n");
			ret = 1;
		} else if (stacks == 0) {
			fprintf(stderr, "bpfscope flame: no stacks were recorded (nothing matched, or "
				"the trace was too short)\n");
			ret = 1;
		} else if (!l.folded && export_format(l.output)) {
			ret = write_export(&l, folded);
		} else if (!l.folded) {
			char *title = (char *)(l.title ? l.title : l.kind->title);
			char *args[16];
			int n = 0;
			args[n++] = "flamegraph";
			args[n++] = "--title";
			args[n++] = title;
			args[n++] = "--colors";
			args[n++] = (char *)l.kind->palette;
			args[n++] = "--countname";
			args[n++] = (char *)l.kind->countname;
			if (l.html)
				args[n++] = "--html";
			args[n++] = "-o";
			args[n++] = (char *)l.output;
			args[n++] = folded;
			args[n] = NULL;
			ret = flame_cmd_main(n, args);
		}
		if (!ret)
			fprintf(stderr, "Wrote %s (%ld stacks).\n", l.output, stacks);
	}
	unlink(maps);
	unlink(folded);
	return ret;
}
