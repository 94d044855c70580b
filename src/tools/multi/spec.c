/* bcc's probe specifiers ("p:c:malloc", "t:block:block_rq_issue",
 * "u:pthread:pthread_create", "vfs_*") read into a struct bcc_probe and
 * written back as bpftrace attach points. */
#define _GNU_SOURCE /* dladdr */
#include <ctype.h>
#include <dlfcn.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "providers/tracefs.h"
#include "symbols/elf_syms.h"
#include "symbols/libpath.h"
#include "symbols/usdt_notes.h"
#include "tools/multi/multi_impl.h"
#include "util/glob.h"

#define MAX_PARTS 6

struct part {
	const char *text;
	size_t len, col;
};

static char *dup_part(const struct part *p)
{
	return strndup(p->text, p->len);
}

/* bcc looks a library up by its short name first ("c" is libc, "pthread"
 * libpthread), then as a program or library name as written. */
static int resolve_library(const char *name, char *out, size_t size)
{
	if (!strchr(name, '/') && strncmp(name, "lib", 3)) {
		char lib[PATH_MAX];
		snprintf(lib, sizeof(lib), "lib%s", name);
		if (!libpath_resolve(lib, out, size))
			return 0;
	}
	return libpath_resolve(name, out, size) ? -1 : 0;
}

static bool elf_has_function(const struct bcc_probe *p)
{
	const struct elf_syms *e = elf_syms_get(p->path);
	if (!e || !e->ok)
		return false;
	for (size_t i = 0; i < e->nsyms; i++)
		if (bcc_probe_match(p, e->syms[i].name))
			return true;
	return false;
}

static bool usdt_has_probe(const struct bcc_probe *p)
{
	const struct usdt_notes *n = usdt_notes_get(p->path);
	if (!n || !n->ok)
		return false;
	for (size_t i = 0; i < n->nprobes; i++)
		if ((!p->provider || glob_match(p->provider, n->probes[i].provider)) &&
		    bcc_probe_match(p, n->probes[i].name))
			return true;
	return false;
}

static bool tracepoint_exists(const char *category, const char *event, bool regex)
{
	if (regex || glob_has_wildcard(category) || glob_has_wildcard(event))
		return true;
	char rel[512], path[PATH_MAX];
	snprintf(rel, sizeof(rel), "events/%s/%s", category, event);
	return tracefs_path(path, sizeof(path), rel) < 0 || access(path, F_OK) == 0;
}

static int split(const char *tool, const char *arg, size_t len, struct part *parts, int *nparts)
{
	int n = 0;
	size_t start = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i < len && arg[i] != ':')
			continue;
		if (n == MAX_PARTS)
			return multi_error(tool, arg, i, 1, "too many ':'-separated fields");
		parts[n].text = arg + start;
		parts[n].len = i - start;
		parts[n].col = start;
		n++;
		start = i + 1;
	}
	*nparts = n;
	return 0;
}

/* Where the specifier ends: at blank space, or after the signature's
 * closing parenthesis. */
static int spec_extent(const char *tool, const char *arg, enum bcc_form form, size_t *spec_len,
		       size_t *sig_start, size_t *sig_end)
{
	size_t i = 0;
	*sig_start = *sig_end = 0;
	while (arg[i] && !isspace((unsigned char)arg[i]) && (arg[i] != '(' || form == BCC_FORM_PATTERN))
		i++;
	*spec_len = i;
	if (arg[i] != '(' || form == BCC_FORM_PATTERN)
		return 0;
	size_t open = i;
	i = bcc_close_paren(arg, open);
	if (!arg[i])
		return multi_error(tool, arg, open, 1, "the signature's '(' is not closed");
	*sig_start = open + 1;
	*sig_end = i;
	return 0;
}

static int set_type(const char *tool, const char *arg, const struct part *p, const char *allowed,
		    struct bcc_probe *out)
{
	if (p->len == 0) {
		out->type = 'p';
		return 0;
	}
	if (p->len != 1 || !strchr(allowed, p->text[0]))
		return multi_error(tool, arg, p->col, p->len ? p->len : 1,
				   "probe type must be one of %s, not '%.*s'",
				   !strcmp(allowed, "ptu") ? "p, t or u" : "p, r, t or u",
				   (int)p->len, p->text);
	out->type = p->text[0];
	return 0;
}

static int take_offset(const char *tool, const char *arg, const struct part *fn,
		       struct bcc_probe *out)
{
	const char *plus = memchr(fn->text, '+', fn->len);
	size_t n = plus ? (size_t)(plus - fn->text) : fn->len;
	out->name = strndup(fn->text, n);
	if (!plus)
		return 0;
	size_t col = fn->col + n;
	const char *digits = plus + 1;
	size_t dlen = fn->len - n - 1;
	char *end;
	char *num = strndup(digits, dlen);
	strtoul(num, &end, 0);
	bool bad = !dlen || *end;
	free(num);
	if (bad)
		return multi_error(tool, arg, col, fn->len - n,
				   "invalid offset: must be decimal or hexadecimal (0x...)");
	if (out->type == 'r' || out->type == 't' || out->type == 'u')
		return multi_error(tool, arg, col, fn->len - n,
				   "an offset needs an entry probe (p:)");
	out->offset = strndup(plus, fn->len - n);
	return 0;
}

static int resolve(const char *tool, const char *arg, const struct part *lib_part,
		   const struct part *name_part, struct bcc_probe *p)
{
	if (p->type == 't') {
		if (!tracepoint_exists(p->category, p->name, p->re != NULL))
			return multi_error(tool, arg, lib_part->col,
					   name_part->col + name_part->len - lib_part->col,
					   "no tracepoint %s:%s", p->category, p->name);
		p->kind = BCC_TRACEPOINT;
		return 0;
	}
	if (!p->library[0]) {
		if (p->type == 'u')
			return multi_error(tool, arg, lib_part->col, 1,
					   "a USDT probe needs a library or program");
		p->kind = p->type == 'r' ? BCC_KRETPROBE : BCC_KPROBE;
		return 0;
	}
	if (resolve_library(p->library, p->path, sizeof(p->path)))
		return multi_error(tool, arg, lib_part->col, lib_part->len,
				   "cannot find library or program '%s' (looked for lib%s and %s "
				   "in /etc/ld.so.cache, the library directories and $PATH)",
				   p->library, p->library, p->library);
	if (p->type != 'u') {
		p->kind = p->type == 'r' ? BCC_URETPROBE : BCC_UPROBE;
		return 0;
	}
	p->kind = BCC_USDT;
	if (usdt_has_probe(p))
		return 0;
	/* bcc's u: is USDT only; a library without such a probe (libc has
	 * no USDT notes on Debian) is taken to mean its functions. */
	if (!p->provider && elf_has_function(p)) {
		p->kind = BCC_UPROBE;
		p->usdt_as_uprobe = true;
		return 0;
	}
	return multi_error(tool, arg, name_part->col, name_part->len,
			   "no USDT probe%s '%s' in %s%s",
			   p->re || glob_has_wildcard(p->name) ? " matching" : "",
			   p->name, p->path, p->provider ? "" : ", and no function of that name");
}

/* bcc matches from the start of the name, as Python's re.match. */
static int compile_regex(const char *tool, const char *arg, const struct part *at,
			 struct bcc_probe *p)
{
	struct strbuf text = STRBUF_INIT;
	if (p->type == 't')
		strbuf_printf(&text, "^%s:%s", p->category, p->name);
	else
		strbuf_printf(&text, "^%s", p->name);
	p->re = malloc(sizeof(*p->re));
	int err = p->re ? regcomp(p->re, text.data, REG_EXTENDED | REG_NOSUB) : REG_ESPACE;
	strbuf_free(&text);
	if (err) {
		char msg[128] = "out of memory";
		if (p->re)
			regerror(err, p->re, msg, sizeof(msg));
		free(p->re);
		p->re = NULL;
		return multi_error(tool, arg, at->col, at->len, "bad regular expression: %s", msg);
	}
	return 0;
}

static int parse(const char *tool, const char *arg, enum bcc_form form, struct bcc_probe *p)
{
	bool regex = form == BCC_FORM_REGEX;
	if (regex)
		form = BCC_FORM_PATTERN;
	size_t len, sig_start, sig_end;
	if (spec_extent(tool, arg, form, &len, &sig_start, &sig_end))
		return 1;
	if (!len)
		return multi_error(tool, arg, 0, 1, "expected a probe specifier");
	struct part parts[MAX_PARTS];
	int n = 0;
	if (split(tool, arg, len, parts, &n))
		return 1;
	struct part empty = { arg, 0, 0 };
	const struct part *type_part = &empty, *lib_part = &empty, *name_part;
	if (n == 1 && form != BCC_FORM_ARGDIST) {
		name_part = &parts[0];
		p->type = 'p';
	} else if (n == 2 && form != BCC_FORM_ARGDIST) {
		lib_part = &parts[0];
		name_part = &parts[1];
		p->type = 'p';
	} else if (n < 3) {
		return multi_error(tool, arg, 0, len, "expected TYPE:LIBRARY:FUNCTION "
				   "(p:c:malloc, r::vfs_read, t:sched:sched_switch, u:lib:probe)");
	} else {
		type_part = &parts[0];
		if (set_type(tool, arg, type_part, form == BCC_FORM_PATTERN ? "ptu" : "prtu", p))
			return 1;
		lib_part = &parts[1];
		name_part = &parts[n - 1];
		if (p->type == 'u' && n == 4) {
			p->provider = dup_part(&parts[2]);
		} else if (n > 3) {
			return multi_error(tool, arg, parts[3].col, len - parts[3].col,
					   "too many ':'-separated fields");
		}
	}
	if (!name_part->len)
		return multi_error(tool, arg, name_part->col, 1, "the %s name is missing",
				   p->type == 't' ? "event" : p->type == 'u' ? "probe" : "function");
	p->library = dup_part(lib_part);
	if (p->type == 't') {
		p->category = p->library;
		p->library = strdup("");
		p->name = dup_part(name_part);
		if (!p->category[0])
			return multi_error(tool, arg, lib_part->col, 1,
					   "the tracepoint category is missing");
	} else if (regex) {
		p->name = dup_part(name_part);
	} else if (take_offset(tool, arg, name_part, p)) {
		return 1;
	}
	if (sig_end) {
		p->signature = strndup(arg + sig_start, sig_end - sig_start);
		if ((p->type == 't' || p->type == 'u') && strspn(p->signature, " \t") !=
		    strlen(p->signature))
			return multi_error(tool, arg, sig_start, sig_end - sig_start,
					   "USDT and tracepoint probes take no signature: use "
					   "arg1, arg2, ... or args->field");
		p->end = sig_end + 1;
	} else {
		p->end = len;
	}
	if (regex && compile_regex(tool, arg, name_part, p))
		return 1;
	return resolve(tool, arg, lib_part, name_part, p);
}

int bcc_probe_parse(const char *tool, const char *arg, enum bcc_form form, struct bcc_probe *p)
{
	memset(p, 0, sizeof(*p));
	if (!parse(tool, arg, form, p))
		return 0;
	bcc_probe_free(p);
	return 1;
}

/* glibc's strlen, strcmp, memcpy, ... are IFUNCs: the symbol is a
 * resolver that runs once, when the program is linked, and calls go to
 * the implementation it picks for this CPU (__strlen_avx2). A library
 * this process has loaded too (libc) resolves the same way here, so ask
 * the dynamic linker. */
const char *bcc_ifunc_target(const char *path, const char *name)
{
	void *handle = dlopen(path, RTLD_LAZY | RTLD_NOLOAD);
	if (!handle)
		return NULL;
	const char *impl = NULL;
	void *addr = dlsym(handle, name);
	Dl_info info;
	const struct elf_syms *e = elf_syms_get(path);
	const struct elf_sym *sym = e && e->ok ? elf_syms_find(e, name) : NULL;
	if (addr && sym && dladdr(addr, &info) && info.dli_fbase) {
		uint64_t vaddr = (uint64_t)((uintptr_t)addr - (uintptr_t)info.dli_fbase);
		uint64_t off;
		const struct elf_sym *target = vaddr != sym->addr ? elf_syms_at(e, vaddr, &off) : NULL;
		if (target && off == 0)
			impl = target->name;
	}
	dlclose(handle);
	return impl;
}

void bcc_probe_attach_point(const struct bcc_probe *p, struct strbuf *out)
{
	switch (p->kind) {
	case BCC_KPROBE:
		strbuf_printf(out, "kprobe:%s%s", p->name, p->offset ? p->offset : "");
		break;
	case BCC_KRETPROBE:
		strbuf_printf(out, "kretprobe:%s", p->name);
		break;
	case BCC_UPROBE:
	case BCC_URETPROBE: {
		const char *impl = glob_has_wildcard(p->name) ? NULL : bcc_ifunc_target(p->path, p->name);
		strbuf_printf(out, "%s:%s:%s%s", p->kind == BCC_UPROBE ? "uprobe" : "uretprobe",
			      p->path, impl ? impl : p->name, p->offset ? p->offset : "");
		break;
	}
	case BCC_TRACEPOINT:
		strbuf_printf(out, "tracepoint:%s:%s", p->category, p->name);
		break;
	case BCC_USDT:
		if (p->provider)
			strbuf_printf(out, "usdt:%s:%s:%s", p->path, p->provider, p->name);
		else
			strbuf_printf(out, "usdt:%s:%s", p->path, p->name);
		break;
	}
}

bool bcc_probe_is_kernel(const struct bcc_probe *p)
{
	return p->kind == BCC_KPROBE || p->kind == BCC_KRETPROBE || p->kind == BCC_TRACEPOINT;
}

bool bcc_probe_is_return(const struct bcc_probe *p)
{
	return p->kind == BCC_KRETPROBE || p->kind == BCC_URETPROBE;
}

void bcc_probe_free(struct bcc_probe *p)
{
	free(p->library);
	free(p->category);
	free(p->provider);
	free(p->name);
	free(p->offset);
	free(p->signature);
	if (p->re) {
		regfree(p->re);
		free(p->re);
	}
	memset(p, 0, sizeof(*p));
}
