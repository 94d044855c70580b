/* Reading a tool's header comment (see header.h). */
#include "tools/header.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

bool tool_path(const char *name, char *out, size_t size)
{
	const char *dir = tools_dir();
	if (!dir || !*name || strchr(name, '/') || name[0] == '.')
		return false;
	return (size_t)snprintf(out, size, "%s/%s.bt", dir, name) < size && access(out, R_OK) == 0;
}

static void trim(char *s)
{
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n'))
		s[--n] = '\0';
}

/* "@option -p PID --pid  help" or "@option -T --time  help" or "@option --x help" */
static bool parse_option(const char *text, struct tool_option *o)
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

/* "@class A", "@banner TEXT", "@interval", "@duration", "@folded". */
static bool directive(const char *text, struct tool *t)
{
	char word[24];
	size_t n = strcspn(text, " \t\n");
	if (text[0] != '@' || n >= sizeof(word))
		return false;
	snprintf(word, sizeof(word), "%.*s", (int)n, text);
	const char *rest = text + n;
	while (*rest == ' ' || *rest == '\t')
		rest++;
	if (!strcmp(word, "@class")) {
		if (strchr("EAPUN", rest[0]) && rest[0])
			t->cls = rest[0];
	} else if (!strcmp(word, "@banner")) {
		snprintf(t->banner, sizeof(t->banner), "%s", rest);
		trim(t->banner);
	} else if (!strcmp(word, "@interval")) {
		t->interval = true;
	} else if (!strcmp(word, "@duration")) {
		t->duration_arg = true;
	} else if (!strcmp(word, "@tracer-pid")) {
		t->tracer_pid = true;
	} else if (!strcmp(word, "@folded")) {
		t->folded = true;
	} else {
		return false;
	}
	return true;
}

/* Reads the header comment: the first line names the tool, @option and
 * @arg lines declare its command line. */
int tool_load(const char *name, struct tool *t)
{
	memset(t, 0, sizeof(*t));
	snprintf(t->name, sizeof(t->name), "%s", name);
	if (!tool_path(name, t->path, sizeof(t->path)))
		return -1;
	FILE *f = fopen(t->path, "re");
	if (!f)
		return -1;
	char line[512];
	size_t cap = 0, len = 0;
	bool in_comment = false, done = false, in_summary = false;
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
			if (t->nopts < TOOL_MAX_OPTIONS && parse_option(text + 7, &t->opts[t->nopts]))
				t->nopts++;
			continue;
		}
		if (directive(text, t))
			continue;
		if (!strncmp(text, "@arg ", 5) && t->nargs < TOOL_MAX_ARGS) {
			struct tool_arg *a = &t->args[t->nargs++];
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
		/* The summary is the first paragraph, its lines joined. */
		if (*text && *text != '\n' && (!t->summary[0] || in_summary)) {
			size_t have = strlen(t->summary);
			snprintf(t->summary + have, sizeof(t->summary) - have, "%s%s", have ? " " : "", text);
			trim(t->summary);
			in_summary = true;
		} else if (t->summary[0]) {
			in_summary = false;
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
	/* directive lines leave blank lines at the end: keep one newline */
	while (len > 1 && t->header[len - 1] == '\n' && t->header[len - 2] == '\n')
		t->header[--len] = '\0';
	return 0;
}


void tool_free(struct tool *t)
{
	free(t->header);
	t->header = NULL;
}

const struct tool_option *tool_option_short(const struct tool *t, char c)
{
	for (int i = 0; i < t->nopts; i++)
		if (t->opts[i].short_name == c)
			return &t->opts[i];
	return NULL;
}

const struct tool_option *tool_option_long(const struct tool *t, const char *name, size_t len)
{
	for (int i = 0; i < t->nopts; i++)
		if (strlen(t->opts[i].long_name) == len && !strncmp(t->opts[i].long_name, name, len))
			return &t->opts[i];
	return NULL;
}

const char *tool_class_text(char cls)
{
	switch (cls) {
	case 'E': return "E: the same information as the upstream tool";
	case 'A': return "A: an approximation of the upstream tool (see \"Differs from upstream\")";
	case 'P': return "P: partial: tracepoints, uprobes and USDT, not kernel functions without kprobes";
	case 'U': return "U: written for a hook this kernel lacks; only its error path is tested here";
	case 'N': return "N: its hook does not exist on this kernel; it stops with a message saying so";
	default: return NULL;
	}
}

void tool_common_options(const struct tool *t, struct tool_common *c)
{
	c->duration = !tool_option_long(t, "duration", 8);
	c->short_d = c->duration && !t->duration_arg && !tool_option_short(t, 'd');
	c->short_d_delimited = t->folded && t->duration_arg && !tool_option_short(t, 'd');
	c->folded = t->folded && !tool_option_long(t, "folded", 6);
	c->short_f = c->folded && !tool_option_short(t, 'f');
}
