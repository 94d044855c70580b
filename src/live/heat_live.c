/* Live heat maps (see heat_live.h).
 *
 * The programs, by kind (FILTER stands for the -p/-n filters):
 *
 *   syscall  raw_syscalls:sys_enter keeps the time per thread,
 *            sys_exit prints "nsecs latency_us".
 *   runq     a task is queued when it is woken (sched_wakeup,
 *            sched_wakeup_new) or preempted while still runnable (a
 *            sched_switch that leaves it in state 0); the sched_switch
 *            that puts it on a CPU prints the time it waited. Raw
 *            tracepoints, so that the woken task's tgid can be filtered.
 *   block    block_rq_issue keeps the time per (dev, sector),
 *            block_rq_complete of the same request prints the latency.
 *   profile  profile:hz:49 counts samples per (time in us, kstack,
 *            ustack, comm); the map is folded and drawn as the
 *            subsecond-offset page.
 *
 * The tracer (bpfscope itself) leaves its own syscalls and wakeups out:
 * writing the events out makes more of them. Its pid reaches the program
 * as $1, set in the child just before exec. Ctrl-C stops the tracer and
 * still draws what it printed. */
#include "live/heat_live.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fold/fold.h"
#include "heatmap/heatmap.h"
#include "live/tracer.h"
#include "util/cmdline.h"
#include "util/strbuf.h"

struct kind {
	const char *name;
	const char *title;
	const char *what;           /* for the Tracing... line */
	bool self_filter;           /* the program uses $1, the tracer's pid */
};

static const struct kind kinds[] = {
	{ "syscall", "Syscall Latency Heat Map", "syscall latency", true },
	{ "runq", "Run Queue Latency Heat Map", "run queue latency", true },
	{ "block", "Block I/O Latency Heat Map", "block I/O latency", false },
	{ "profile", "CPU Samples: Subsecond Offset Heat Map", "CPU samples (49 Hz)", false },
};

/* Samples kept per (time, stacks) key: 49 Hz on 8 CPUs for 2.5 minutes. */
#define PROFILE_MAP_KEYS "65536"

struct live {
	const struct kind *kind;
	long seconds;               /* 0: until Ctrl-C (or -c's command ends) */
	long pid;
	const char *comm, *cmd, *output, *title;
	const char *render[8];      /* options passed on to `bpfscope heatmap` */
	int nrender;
};

/* "&& TASK->tgid == 42 && TASK->comm == "x"", or "pid == 42 && ..." when
 * `task` is NULL (the current task). */
static void filters(struct strbuf *sb, const struct live *l, const char *task, const char *and)
{
	if (l->pid) {
		if (task)
			strbuf_printf(sb, "%s%s->tgid == %ld", and, task, l->pid);
		else
			strbuf_printf(sb, "%spid == %ld", and, l->pid);
		and = " && ";
	}
	if (l->comm)
		strbuf_printf(sb, "%s%s%scomm == \"%s\"", and, task ? task : "", task ? "->" : "",
			      l->comm);
}

static const char print_latency[] =
	"\t\tprintf(\"%llu %llu\\n\", nsecs, (nsecs - $s) / 1000);\n";

static void wakeup_probe(struct strbuf *sb, const struct live *l, const char *event)
{
	strbuf_printf(sb, "rawtracepoint:%s\n{\n\t$p = args.p;\n\tif ($p->tgid != $1", event);
	filters(sb, l, "$p", " && ");
	strbuf_puts(sb, ") {\n\t\t@queued[$p->pid] = nsecs;\n\t}\n}\n");
}

static void program(struct strbuf *sb, const struct live *l)
{
	const char *k = l->kind->name;
	if (l->kind->self_filter)
		strbuf_puts(sb, "// $1 is the tracer's own pid: its output makes more events.\n");
	if (!strcmp(k, "syscall")) {
		strbuf_puts(sb, "tracepoint:raw_syscalls:sys_enter /pid != $1");
		filters(sb, l, NULL, " && ");
		strbuf_puts(sb, "/\n{\n\t@start[tid] = nsecs;\n}\n"
				"tracepoint:raw_syscalls:sys_exit\n{\n\t$s = @start[tid];\n"
				"\tif ($s) {\n");
		strbuf_puts(sb, print_latency);
		strbuf_puts(sb, "\t\tdelete(@start[tid]);\n\t}\n}\n");
	} else if (!strcmp(k, "runq")) {
		wakeup_probe(sb, l, "sched_wakeup");
		wakeup_probe(sb, l, "sched_wakeup_new");
		strbuf_puts(sb, "rawtracepoint:sched_switch\n{\n\t$prev = args.prev;\n"
				"\t$next = args.next;\n"
				"\tif (args.prev_state == 0 && $prev->pid != 0 && $prev->tgid != $1");
		filters(sb, l, "$prev", " && ");
		strbuf_puts(sb, ") {\n\t\t@queued[$prev->pid] = nsecs;\n\t}\n"
				"\t$s = @queued[$next->pid];\n\tif ($s) {\n");
		strbuf_puts(sb, print_latency);
		strbuf_puts(sb, "\t\tdelete(@queued[$next->pid]);\n\t}\n}\n");
	} else if (!strcmp(k, "block")) {
		strbuf_puts(sb, "tracepoint:block:block_rq_issue");
		if (l->pid || l->comm) {
			strbuf_puts(sb, " /");
			filters(sb, l, NULL, "");
			strbuf_puts(sb, "/");
		}
		strbuf_puts(sb, "\n{\n\t@issued[args.dev, args.sector] = nsecs;\n}\n"
				"tracepoint:block:block_rq_complete\n{\n"
				"\t$s = @issued[args.dev, args.sector];\n\tif ($s) {\n");
		strbuf_puts(sb, print_latency);
		strbuf_puts(sb, "\t\tdelete(@issued[args.dev, args.sector]);\n\t}\n}\n");
	} else {
		strbuf_puts(sb, "profile:hz:49");
		if (l->pid || l->comm) {
			strbuf_puts(sb, " /");
			filters(sb, l, NULL, "");
			strbuf_puts(sb, "/");
		}
		strbuf_puts(sb, "\n{\n\t@[nsecs / 1000, kstack, ustack, comm] = count();\n}\n");
	}
	if (l->seconds)
		strbuf_printf(sb, "interval:s:%ld\n{\n\texit();\n}\n", l->seconds);
	if (!strcmp(k, "syscall"))
		strbuf_puts(sb, "END\n{\n\tclear(@start);\n}\n");
	else if (!strcmp(k, "runq"))
		strbuf_puts(sb, "END\n{\n\tclear(@queued);\n}\n");
	else if (!strcmp(k, "block"))
		strbuf_puts(sb, "END\n{\n\tclear(@issued);\n}\n");
}

static const char usage[] =
	"usage: bpfscope heat KIND [OPTIONS]\n"
	"\n"
	"Traces this machine and draws a heat map. KIND is one of:\n"
	"  syscall   system call latency (sys_enter to sys_exit per thread), SVG\n"
	"  runq      run queue latency (woken or preempted to running), SVG\n"
	"  block     block I/O latency (request issued to completed), SVG\n"
	"  profile   CPU samples at 49 Hz by subsecond offset, HTML: select a range\n"
	"            of cells to see its flame graph\n"
	"\n"
	"OPTIONS:\n"
	"  -d SECONDS        trace for this long (default: until Ctrl-C)\n"
	"  -p PID            only this process\n"
	"  -n COMM           only tasks with this name\n"
	"  -c CMD            run CMD and trace while it runs\n"
	"  -o FILE           write the picture to FILE (default: KIND.svg, or profile.html)\n"
	"  --title TEXT      the title\n"
	"  --print           print the tracing program and exit\n"
	"  --log-y, --linear-colors, --rows N, --max US, --step SECONDS\n"
	"                    passed on to bpfscope heatmap (see bpfscope heatmap --help)\n"
	"  -h, --help        this help\n";

static int trace(const struct live *l, const char *prog, const char *out_path)
{
	struct live_tracer t = {
		.who = "heat", .program = prog, .out_path = out_path, .pid = l->pid, .cmd = l->cmd,
		.own_pid_param = l->kind->self_filter,
	};
	if (!strcmp(l->kind->name, "profile")) {
		t.env_name = "BPFTRACE_MAX_MAP_KEYS";
		t.env_value = PROFILE_MAP_KEYS;
	}
	return live_trace(&t);
}

/* The events the tracer printed (it says on stderr how many it lost). */
static long count_events(const char *path)
{
	FILE *f = fopen(path, "re");
	if (!f)
		return -1;
	char line[512];
	long n = 0;
	bool line_start = true;
	while (fgets(line, sizeof(line), f)) {
		if (line_start && line[0] >= '0' && line[0] <= '9')
			n++;
		line_start = strchr(line, '\n') != NULL;
	}
	fclose(f);
	return n;
}

/* The profile map, folded ("US;comm;frames COUNT"), as samples for the
 * subsecond page ("US comm;frames COUNT"). Returns the number of lines. */
static long profile_samples(const char *maps, const char *samples)
{
	char folded[] = "/tmp/bpfscope-heat-folded.XXXXXX";
	int fd = mkstemp(folded);
	if (fd < 0)
		return -1;
	close(fd);
	struct fold_options fo = { 0 };
	FILE *in = fopen(maps, "re"), *out = fopen(folded, "we");
	long n = in && out ? fold_stream(in, out, &fo) : -1;
	if (in)
		fclose(in);
	if (out && fclose(out) != 0)
		n = -1;
	in = n > 0 ? fopen(folded, "re") : NULL;
	out = in ? fopen(samples, "we") : NULL;
	if (in && out) {
		char *line = NULL;
		size_t cap = 0;
		while (getline(&line, &cap, in) > 0) {
			char *semi = strchr(line, ';');
			if (semi)
				*semi = ' ';
			fputs(line, out);
		}
		free(line);
	}
	if (in)
		fclose(in);
	if (out && fclose(out) != 0)
		n = -1;
	unlink(folded);
	return n;
}

static int render(const struct live *l, const char *data, bool subsecond)
{
	const char *args[32];
	int n = 0;
	args[n++] = "heatmap";
	args[n++] = "--title";
	args[n++] = l->title ? l->title : l->kind->title;
	args[n++] = "--time-unit";
	args[n++] = subsecond ? "us" : "ns";
	if (subsecond) {
		args[n++] = "--subsecond";
	} else {
		args[n++] = "--lat-unit";
		args[n++] = "us";
	}
	for (int i = 0; i < l->nrender; i++)
		args[n++] = l->render[i];
	args[n++] = "-o";
	args[n++] = l->output;
	args[n++] = data;
	args[n] = NULL;
	return heatmap_main(n, (char **)args);
}

static int parse_args(struct live *l, bool *print_only, int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *val = i + 1 < argc ? argv[i + 1] : NULL;
		bool passed_on = !strcmp(a, "--rows") || !strcmp(a, "--max") ||
				 !strcmp(a, "--step");
		bool takes = passed_on || !strcmp(a, "-d") || !strcmp(a, "-p") ||
			     !strcmp(a, "-n") || !strcmp(a, "-c") || !strcmp(a, "-o") ||
			     !strcmp(a, "--title");
		if (takes && !val)
			return cmdline_error("heat", "%s needs a value", a);
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(usage, stdout);
			return -1;
		} else if (!strcmp(a, "-d")) {
			if (!cmdline_number(val, 1, &l->seconds))
				return cmdline_error("heat", "-d needs a number of seconds, not '%s'", val);
		} else if (!strcmp(a, "-p")) {
			if (!cmdline_number(val, 1, &l->pid))
				return cmdline_error("heat", "-p needs a process id, not '%s'", val);
		} else if (!strcmp(a, "-n")) {
			if (strchr(val, '"') || strchr(val, '\\') || strlen(val) > 15)
				return cmdline_error("heat", "-n needs a process name of up to 15 characters, not '%s'", val);
			l->comm = val;
		} else if (!strcmp(a, "-c")) {
			l->cmd = val;
		} else if (!strcmp(a, "-o")) {
			l->output = val;
		} else if (!strcmp(a, "--title")) {
			l->title = val;
		} else if (passed_on || !strcmp(a, "--log-y") || !strcmp(a, "--linear-colors")) {
			if (l->nrender + 2 > (int)(sizeof(l->render) / sizeof(l->render[0])))
				return cmdline_error("heat", "%s: too many heat map options", a);
			l->render[l->nrender++] = a;
			if (passed_on)
				l->render[l->nrender++] = val;
		} else if (!strcmp(a, "--print")) {
			*print_only = true;
		} else if (a[0] == '-') {
			return cmdline_error("heat", "unknown option '%s'", a);
		} else if (!l->kind) {
			for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
				if (!strcmp(a, kinds[k].name))
					l->kind = &kinds[k];
			if (!l->kind)
				return cmdline_error("heat", "unknown kind '%s': syscall, runq, block or profile", a);
		} else {
			return cmdline_error("heat", "unexpected argument '%s'", a);
		}
		i += takes;
	}
	if (!l->kind)
		return cmdline_error("heat", "%s", "which heat map? syscall, runq, block or profile");
	/* Wrong drawing options are found now, not after the tracing. */
	const char *check[10] = { "heatmap" };
	memcpy(check + 1, l->render, (size_t)l->nrender * sizeof(*check));
	struct heatmap_cli cli;
	return heatmap_parse_args(l->nrender + 1, (char **)check, &cli) ? 1 : 0;
}

int heat_live_main(int argc, char **argv)
{
	struct live l = { 0 };
	bool print_only = false;
	int parsed = parse_args(&l, &print_only, argc, argv);
	if (parsed)
		return parsed < 0 ? 0 : parsed;
	bool subsecond = !strcmp(l.kind->name, "profile");
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
			 subsecond ? "html" : "svg");
		l.output = out_default;
	}
	char raw[] = "/tmp/bpfscope-heat-trace.XXXXXX";
	char samples[] = "/tmp/bpfscope-heat-samples.XXXXXX";
	if (live_temp_files("heat", raw, samples))
		return 1;
	live_announce(l.kind->what, l.seconds);
	int ret = trace(&l, prog.data, raw);
	strbuf_free(&prog);
	if (ret == 0) {
		long events = subsecond ? profile_samples(raw, samples) : count_events(raw);
		if (events < 0) {
			fprintf(stderr, "bpfscope heat: cannot read the trace: %m\n");
			ret = 1;
		} else if (events == 0) {
			fprintf(stderr, "bpfscope heat: no events were recorded (nothing matched, or "
				"the trace was too short)\n");
			ret = 1;
		} else {
			ret = render(&l, subsecond ? samples : raw, subsecond);
			if (!ret)
				fprintf(stderr, "Wrote %s (%ld %s).\n", l.output, events,
					subsecond ? "stacks" : "events");
		}
	}
	unlink(raw);
	unlink(samples);
	return ret;
}
