/* A minimal BTF blob for func_info (see func_btf.h).
 *
 * Types: 1 `long`, 2 `void *`, 3 the main function's prototype
 * long(void *ctx), 4 a callback's prototype long(void *, void *, void *,
 * void *), then one FUNC per function: the main one global (as a program
 * entry is), the callbacks static (the kernel insists). */
#include "loader/func_btf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <linux/btf.h>

struct blob {
	uint8_t *types, *strs;
	size_t ntypes, nstrs, types_cap, strs_cap;
	int failed;
};

static void put(uint8_t **buf, size_t *len, size_t *cap, const void *p, size_t n, int *failed)
{
	if (*len + n > *cap) {
		size_t ncap = *cap ? *cap * 2 : 256;
		while (ncap < *len + n)
			ncap *= 2;
		uint8_t *nb = realloc(*buf, ncap);
		if (!nb) {
			*failed = 1;
			return;
		}
		*buf = nb;
		*cap = ncap;
	}
	memcpy(*buf + *len, p, n);
	*len += n;
}

static uint32_t str(struct blob *b, const char *s)
{
	uint32_t off = (uint32_t)b->nstrs;
	put(&b->strs, &b->nstrs, &b->strs_cap, s, strlen(s) + 1, &b->failed);
	return off;
}

static void type(struct blob *b, uint32_t name, uint32_t kind, uint32_t vlen, uint32_t size_or_type)
{
	struct btf_type t = { .name_off = name, .info = (kind << 24) | vlen, .size = size_or_type };
	put(&b->types, &b->ntypes, &b->types_cap, &t, sizeof(t), &b->failed);
}

static void u32(struct blob *b, uint32_t v)
{
	put(&b->types, &b->ntypes, &b->types_cap, &v, sizeof(v), &b->failed);
}

/* A BTF name: letters, digits and '_' only. */
static void ident(char *dst, size_t size, const char *src)
{
	size_t i = 0;
	for (; src[i] && i + 1 < size; i++) {
		char c = src[i];
		dst[i] = (c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
			  (c >= 'A' && c <= 'Z')) ? c : '_';
	}
	dst[i] = '\0';
	if (!i || (dst[0] >= '0' && dst[0] <= '9'))
		dst[0] = '_';
}

int func_btf_make(const char *main_name, const uint32_t *offs, size_t nsubs,
		  struct func_btf *out)
{
	memset(out, 0, sizeof(*out));
	out->btf_fd = -1;
	if (!nsubs)
		return 0;
	struct blob b = { 0 };
	str(&b, "");
	type(&b, str(&b, "long"), BTF_KIND_INT, 0, 8);                 /* 1 */
	u32(&b, BTF_INT_SIGNED << 24 | 64);
	type(&b, 0, BTF_KIND_PTR, 0, 0);                                /* 2 */
	type(&b, 0, BTF_KIND_FUNC_PROTO, 1, 1);                         /* 3 */
	u32(&b, str(&b, "ctx"));
	u32(&b, 2);
	type(&b, 0, BTF_KIND_FUNC_PROTO, 4, 1);                         /* 4 */
	static const char *const params[] = { "map", "key", "value", "data" };
	for (int i = 0; i < 4; i++) {
		u32(&b, str(&b, params[i]));
		u32(&b, 2);
	}
	char name[64];
	ident(name, sizeof(name), main_name);
	type(&b, str(&b, name), BTF_KIND_FUNC, BTF_FUNC_GLOBAL, 3);     /* 5 */
	for (size_t i = 0; i < nsubs; i++) {
		snprintf(name, sizeof(name), "callback_%zu", i);
		type(&b, str(&b, name), BTF_KIND_FUNC, BTF_FUNC_STATIC, 4); /* 6.. */
	}

	struct btf_header h = {
		.magic = BTF_MAGIC, .version = BTF_VERSION, .hdr_len = sizeof(h),
		.type_off = 0, .type_len = (uint32_t)b.ntypes,
		.str_off = (uint32_t)b.ntypes, .str_len = (uint32_t)b.nstrs,
	};
	size_t size = sizeof(h) + b.ntypes + b.nstrs;
	uint8_t *data = b.failed ? NULL : malloc(size);
	int ret = -ENOMEM;
	if (data) {
		memcpy(data, &h, sizeof(h));
		memcpy(data + sizeof(h), b.types, b.ntypes);
		memcpy(data + sizeof(h) + b.ntypes, b.strs, b.nstrs);
		int fd = bpf_btf_load(data, size, NULL);
		ret = fd < 0 ? -errno : 0;
		out->btf_fd = fd < 0 ? -1 : fd;
	}
	free(data);
	free(b.types);
	free(b.strs);
	if (ret)
		return ret;
	out->info = calloc(nsubs + 1, sizeof(*out->info));
	if (!out->info) {
		func_btf_free(out);
		return -ENOMEM;
	}
	out->info[0] = (struct bpf_func_info){ 0, 5 };
	for (size_t i = 0; i < nsubs; i++)
		out->info[i + 1] = (struct bpf_func_info){ offs[i], (uint32_t)(6 + i) };
	out->ninfo = (uint32_t)nsubs + 1;
	return 0;
}

void func_btf_free(struct func_btf *f)
{
	if (f->btf_fd >= 0)
		close(f->btf_fd);
	free(f->info);
	f->btf_fd = -1;
	f->info = NULL;
	f->ninfo = 0;
}
