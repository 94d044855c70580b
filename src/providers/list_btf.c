#include "providers/list_btf.h"

#include <bpf/btf.h>

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "loader/vmlinux_btf.h"
#include "util/glob.h"

/* A btf_dump prints into whichever stream `dump_out` is at the time. */
static FILE *dump_out;

static void print_to_stream(void *ctx, const char *fmt, va_list ap)
{
	(void)ctx;
	vfprintf(dump_out, fmt, ap);
}

static struct btf_dump *new_dump(const struct btf *btf, const char **err)
{
	struct btf_dump *d = btf_dump__new(btf, print_to_stream, NULL, NULL);
	if (!d)
		*err = "cannot print BTF types (btf_dump__new failed)";
	return d;
}

static const struct btf *need_btf(const char **err)
{
	const struct btf *btf = vmlinux_btf();
	if (!btf)
		*err = vmlinux_btf_error();
	return btf;
}

/* ---- types ---- */

struct type_match {
	const char *name;
	uint32_t id;
};

static int compare_matches(const void *a, const void *b)
{
	const struct type_match *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	return c ? c : (x->id > y->id) - (x->id < y->id);
}

static bool kind_matches(const struct btf_type *t, const char *keyword)
{
	if (!strcmp(keyword, "struct"))
		return btf_is_struct(t);
	if (!strcmp(keyword, "union"))
		return btf_is_union(t);
	return btf_is_enum(t) || btf_is_enum64(t);
}

/* The definition of type `id` alone: btf_dump prints the types it depends
 * on first, so keep only the block that starts with "keyword name {". A
 * btf_dump prints each type once, so every definition needs its own. */
static int print_definition(FILE *out, const struct btf *btf, uint32_t id, const char *keyword,
			    const char *name, const char **err)
{
	struct btf_dump *d = new_dump(btf, err);
	if (!d)
		return -EINVAL;
	char *text = NULL;
	size_t len = 0;
	dump_out = open_memstream(&text, &len);
	if (!dump_out) {
		*err = strerror(errno);
		return -errno;
	}
	int ret = btf_dump__dump_type(d, id);
	fclose(dump_out);
	dump_out = NULL;
	btf_dump__free(d);
	char head[512];
	snprintf(head, sizeof(head), "%s %s {\n", keyword, name);
	const char *start = text;
	while (start && strncmp(start, head, strlen(head))) {
		start = strchr(start, '\n');
		if (start)
			start++;
	}
	if (!ret && start) {
		const char *end = strstr(start, "\n};\n");
		size_t n = end ? (size_t)(end - start) + 4 : strlen(start);
		fprintf(out, "%.*s\n", (int)n, start);
	}
	free(text);
	if (ret)
		*err = strerror(-ret);
	return ret;
}

int list_btf_types(FILE *out, const char *pattern, bool verbose, const char **err)
{
	const struct btf *btf = need_btf(err);
	if (!btf)
		return -ENOENT;
	size_t klen = strcspn(pattern, " ");
	char keyword[8];
	snprintf(keyword, sizeof(keyword), "%.*s", (int)klen, pattern);
	const char *glob = pattern + klen;
	while (*glob == ' ')
		glob++;
	if (!*glob)
		glob = "*";
	uint32_t count = btf__type_cnt(btf);
	struct type_match *matches = NULL;
	size_t n = 0, cap = 0;
	for (uint32_t i = 1; i < count; i++) {
		const struct btf_type *t = btf__type_by_id(btf, i);
		const char *name = btf__name_by_offset(btf, t->name_off);
		if (!name || !*name || !kind_matches(t, keyword) || !glob_match(glob, name))
			continue;
		/* A forward declaration says nothing; the definition does. */
		if (btf_vlen(t) == 0 && (btf_is_struct(t) || btf_is_union(t)) && t->size == 0)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			struct type_match *grown = realloc(matches, cap * sizeof(*matches));
			if (!grown) {
				free(matches);
				*err = strerror(ENOMEM);
				return -ENOMEM;
			}
			matches = grown;
		}
		matches[n++] = (struct type_match){ name, i };
	}
	qsort(matches, n, sizeof(*matches), compare_matches);
	int shown = 0, ret = 0;
	for (size_t i = 0; i < n && !ret; i++) {
		if (i && !strcmp(matches[i].name, matches[i - 1].name))
			continue;
		shown++;
		if (verbose)
			ret = print_definition(out, btf, matches[i].id, keyword, matches[i].name, err);
		else
			fprintf(out, "%s %s\n", keyword, matches[i].name);
	}
	free(matches);
	return ret ? ret : shown;
}

/* ---- function arguments ---- */

/* "TYPE NAME" of a declaration, as btf_dump spells TYPE. */
static int print_decl(FILE *out, struct btf_dump *d, uint32_t type, const char *name)
{
	char *text = NULL;
	size_t len = 0;
	dump_out = open_memstream(&text, &len);
	if (!dump_out)
		return -errno;
	LIBBPF_OPTS(btf_dump_emit_type_decl_opts, opts, .field_name = "");
	int ret = btf_dump__emit_type_decl(d, type, &opts);
	fclose(dump_out);
	dump_out = NULL;
	if (!ret)
		fprintf(out, "    %s %s\n", text, name);
	free(text);
	return ret;
}

int list_btf_func_args(FILE *out, const char *func, const char **err)
{
	const struct btf *btf = need_btf(err);
	if (!btf)
		return -ENOENT;
	int id = btf__find_by_name_kind(btf, func, BTF_KIND_FUNC);
	const struct btf_type *proto = id > 0 ? btf__type_by_id(btf, btf__type_by_id(btf, (uint32_t)id)->type)
					      : NULL;
	if (!proto || !btf_is_func_proto(proto)) {
		*err = "no such function in the kernel's BTF";
		return -ENOENT;
	}
	struct btf_dump *d = new_dump(btf, err);
	if (!d)
		return -EINVAL;
	const struct btf_param *p = btf_params(proto);
	int ret = 0;
	for (int i = 0; i < btf_vlen(proto) && !ret; i++, p++) {
		const char *name = btf__name_by_offset(btf, p->name_off);
		ret = p->type ? print_decl(out, d, p->type, name && *name ? name : "")
			      : (fprintf(out, "    ...\n"), 0);
	}
	if (!ret && proto->type)
		ret = print_decl(out, d, proto->type, "retval");
	btf_dump__free(d);
	if (ret)
		*err = strerror(-ret);
	return ret;
}
