/* Tools as commands (see runner.h). */
#include "tools/runner.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_OPTIONS 32
#define MAX_ARGS 4

struct option_decl {
	char short_name;        /* 'p', or 0 */
	char value[24];         /* "PID", or "" for a flag */
	char long_name[32];     /* "pid" */
	char help[160];
};

struct arg_decl {
	char name[24];
	char help[160];
};

struct tool {
	char path[PATH_MAX];
	char summary[512];      /* "execsnoop - trace new processes" */
	struct option_decl opts[MAX_OPTIONS];
	int nopts;
	struct arg_decl args[MAX_ARGS];
	int nargs;
	char *header;           /* the comment, for --help */
};

static char dir_buf[PATH_MAX];

const char *tools_dir(void)
{
	if (dir_buf[0])
		return dir_buf;
	const char *env = getenv("BPFSCOPE_TOOLS");
	if (env && *env && access(env, R_OK | X_OK) == 0) {
		snprintf(dir_buf, sizeof(dir_buf), "%s", env);
		return dir_buf;
	}
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			/* a build tree: ./bpfscope and ./tools; installed: bin/ and share/ */
			const char *forms[] = { "%s/tools", "%s/../share/bpfscope/tools" };
			for (size_t i = 0; i < 2; i++) {
				char path[PATH_MAX];
				if ((size_t)snprintf(path, sizeof(path), forms[i], exe) < sizeof(path) &&
				    access(path, R_OK | X_OK) == 0 && realpath(path, dir_buf))
					return dir_buf;
			}
		}
	}
	dir_buf[0] = '\0';
	return NULL;
}

static bool tool_path(const char *name, char *out, size_t size)
{
	const char *dir = tools_dir();
	if (!dir || !*name || strchr(name, '/') || name[0] == '.')
		return false;
	return (size_t)snprintf(out, size, "%s/%s.bt", dir, name) < size && access(out, R_OK) == 0;
}

bool tools_is_tool(const char *name)
{
	char path[PATH_MAX];
	return tool_path(name, path, sizeof(path));
}

static void trim(char *s)
{
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n'))
		s[--n] = '\0';
}

/* "@option -p PID --pid  help" or "@option -T --time  help" or "@option --x help" */
static bool parse_option(const char *text, struct option_decl *o)
{
	memset(o, 0, sizeof(*o));
	const char *p = text;
	while (*p == ' ')
		p++;
	if (p[0] == '-' && p[1] != '-' && p[1]) {
		o->short_name = p[1];
		p += 2;
		while (*p == ' ')
			p++;
		if (*p && *p != '-') {
			size_t n = strcspn(p, " ");
			snprintf(o->value, sizeof(o->value), "%.*s", (int)n, p);
			p += n;
			while (*p == ' ')
				p++;
		}
	}
	if (p[0] != '-' || p[1] != '-')
		return false;
	p += 2;
	size_t n = strcspn(p, " =");
	snprintf(o->long_name, sizeof(o->long_name), "%.*s", (int)n, p);
	p += n;
	if (*p == '=') {   /* --pid=PID */
		p++;
		size_t m = strcspn(p, " ");
		snprintf(o->value, sizeof(o->value), "%.*s", (int)m, p);
		p += m;
	}
	while (*p == ' ')
		p++;
	snprintf(o->help, sizeof(o->help), "%s", p);
	trim(o->help);
	return o->long_name[0] != '\0';
}

/* Reads the header comment: the first line names the tool, @option and
 * @arg lines declare its command line. */
static int load_tool(const char *name, struct tool *t)
{
	memset(t, 0, sizeof(*t));
	if (!tool_path(name, t->path, sizeof(t->path)))
		return -1;
	FILE *f = fopen(t->path, "re");
	if (!f)
		return -1;
	char line[512];
	size_t cap = 0, len = 0;
	bool in_comment = false, done = false;
	while (!done && fgets(line, sizeof(line), f)) {
		if (!in_comment) {
			if (!strncmp(line, "/*", 2))
				in_comment = true;
			else if (line[0] != '#' && line[0] != '\n')
				break;
			continue;
		}
		if (strstr(line, "*/")) {
			done = true;
			continue;
		}
		const char *text = line;
		while (*text == ' ' || *text == '\t')
			text++;
		if (*text == '*')
			text++;
		if (*text == ' ')
			text++;
		if (!strncmp(text, "@option", 7)) {
			if (t->nopts < MAX_OPTIONS && parse_option(text + 7, &t->opts[t->nopts]))
				t->nopts++;
			continue;
		}
		if (!strncmp(text, "@arg ", 5) && t->nargs < MAX_ARGS) {
			struct arg_decl *a = &t->args[t->nargs++];
			const char *p = text + 5;
			size_t n = strcspn(p, " ");
			snprintf(a->name, sizeof(a->name), "%.*s", (int)n, p);
			p += n;
			while (*p == ' ')
				p++;
			snprintf(a->help, sizeof(a->help), "%s", p);
			trim(a->help);
			continue;
		}
		if (!t->summary[0] && *text && *text != '\n') {
			snprintf(t->summary, sizeof(t->summary), "%s", text);
			trim(t->summary);
		}
		size_t n = strlen(text);
		if (len + n + 1 > cap) {
			cap = (len + n + 1) * 2;
			char *nh = realloc(t->header, cap);
			if (!nh)
				break;
			t->header = nh;
		}
		memcpy(t->header + len, text, n + 1);
		len += n;
	}
	fclose(f);
	return 0;
}

static void usage(const char *name, const struct tool *t, FILE *out)
{
	fprintf(out, "usage: bpfscope %s", name);
	for (int i = 0; i < t->nopts; i++) {
		const struct option_decl *o = &t->opts[i];
		if (o->short_name)
			fprintf(out, " [-%c%s%s]", o->short_name, o->value[0] ? " " : "", o->value);
		else
			fprintf(out, " [--%s%s%s]", o->long_name, o->value[0] ? "=" : "", o->value);
	}
	for (int i = 0; i < t->nargs; i++)
		fprintf(out, " [%s]", t->args[i].name);
	fputc('\n', out);
}

static void help(const char *name, const struct tool *t)
{
	usage(name, t, stdout);
	fputc('\n', stdout);
	if (t->header)
		fputs(t->header, stdout);
	fputs("\noptions:\n", stdout);
	for (int i = 0; i < t->nopts; i++) {
		const struct option_decl *o = &t->opts[i];
		char left[80];
		if (o->short_name)
			snprintf(left, sizeof(left), "-%c%s%s, --%s", o->short_name,
				 o->value[0] ? " " : "", o->value, o->long_name);
		else
			snprintf(left, sizeof(left), "--%s%s%s", o->long_name, o->value[0] ? "=" : "",
				 o->value);
		printf("  %-24s %s\n", left, o->help);
	}
	for (int i = 0; i < t->nargs; i++)
		printf("  %-24s %s\n", t->args[i].name, t->args[i].help);
	printf("  %-24s %s\n", "--cmd CMD", "run CMD and trace while it runs");
	printf("  %-24s %s\n", "--output FILE", "write the output to FILE");
	printf("  %-24s %s\n", "-h, --help", "this help");
}

int tools_list(void)
{
	const char *dir = tools_dir();
	if (!dir) {
		fprintf(stderr, "bpfscope: no tools directory (set BPFSCOPE_TOOLS, or run the "
			"bpfscope of a build tree or an installed one)\n");
		return 1;
	}
	struct dirent **names;
	int n = scandir(dir, &names, NULL, alphasort);
	if (n < 0) {
		fprintf(stderr, "bpfscope: cannot read %s: %m\n", dir);
		return 1;
	}
	for (int i = 0; i < n; i++) {
		char *dot = strrchr(names[i]->d_name, '.');
		if (dot && !strcmp(dot, ".bt")) {
			*dot = '\0';
			struct tool t;
			if (!load_tool(names[i]->d_name, &t)) {
				const char *dash = strstr(t.summary, " - ");
				printf("%-16s %s\n", names[i]->d_name, dash ? dash + 3 : t.summary);
				free(t.header);
			}
		}
		free(names[i]);
	}
	free(names);
	return 0;
}

int tools_run(int argc, char **argv)
{
	const char *name = argv[0];
	struct tool t;
	if (load_tool(name, &t)) {
		fprintf(stderr, "bpfscope: no tool '%s' (see bpfscope tools)\n", name);
		return 1;
	}
	/* bpfscope -q? no: the tool's own header goes to stderr as usual */
	char **out = calloc((size_t)argc * 2 + 8, sizeof(*out));
	char **named = calloc((size_t)argc + 1, sizeof(*named));
	if (!out || !named)
		return 1;
	int nnamed = 0, npos = 0;
	const char *positional[MAX_ARGS], *cmd = NULL, *output = NULL;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			help(name, &t);
			return 0;
		}
		/* Every tool's: run a command and trace while it runs; output file. */
		if ((!strcmp(a, "--cmd") || !strcmp(a, "--output")) && i + 1 < argc) {
			*(a[2] == 'c' ? &cmd : &output) = argv[++i];
			continue;
		}
		const struct option_decl *o = NULL;
		const char *inline_value = NULL;
		if (a[0] == '-' && a[1] == '-' && a[2]) {
			size_t n = strcspn(a + 2, "=");
			for (int k = 0; k < t.nopts && !o; k++)
				if (strlen(t.opts[k].long_name) == n && !strncmp(t.opts[k].long_name, a + 2, n))
					o = &t.opts[k];
			if (a[2 + n] == '=')
				inline_value = a + 3 + n;
		} else if (a[0] == '-' && a[1] && !a[2] && !(a[1] >= '0' && a[1] <= '9')) {
			for (int k = 0; k < t.nopts && !o; k++)
				if (t.opts[k].short_name == a[1])
					o = &t.opts[k];
		} else {
			if (npos == t.nargs) {
				fprintf(stderr, "bpfscope %s: unexpected argument '%s'\n", name, a);
				usage(name, &t, stderr);
				return 1;
			}
			positional[npos++] = a;
			continue;
		}
		if (!o) {
			fprintf(stderr, "bpfscope %s: unknown option '%s'\n", name, a);
			usage(name, &t, stderr);
			return 1;
		}
		const char *value = inline_value;
		if (o->value[0] && !value) {
			if (i + 1 >= argc) {
				fprintf(stderr, "bpfscope %s: %s needs a value (%s)\n", name, a, o->value);
				return 1;
			}
			value = argv[++i];
		}
		size_t size = strlen(o->long_name) + (value ? strlen(value) : 0) + 4;
		named[nnamed] = malloc(size);
		if (!named[nnamed])
			return 1;
		if (o->value[0])
			snprintf(named[nnamed], size, "--%s=%s", o->long_name, value);
		else
			snprintf(named[nnamed], size, "--%s", o->long_name);
		nnamed++;
	}
	int n = 0;
	out[n++] = "bpfscope";
	if (cmd) {
		out[n++] = "-c";
		out[n++] = (char *)cmd;
	}
	if (output) {
		out[n++] = "-o";
		out[n++] = (char *)output;
	}
	out[n++] = t.path;
	for (int i = 0; i < npos; i++)
		out[n++] = (char *)positional[i];
	if (nnamed) {
		out[n++] = "--";
		for (int i = 0; i < nnamed; i++)
			out[n++] = named[i];
	}
	out[n] = NULL;
	char self[PATH_MAX];
	ssize_t len = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (len > 0) {
		self[len] = '\0';
		execv(self, out);
	}
	execv("/proc/self/exe", out);
	fprintf(stderr, "bpfscope %s: cannot run bpfscope: %m\n", name);
	return 1;
}
