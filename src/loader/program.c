/* BPF_PROG_LOAD with the verifier log captured and read. */
#include "loader/program.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/bpf.h>

#include "loader/func_btf.h"
#include "loader/names.h"

/* The log buffer starts small (most failures are short) and grows by 4x;
 * past the cap, kernels since 6.4 keep the log's tail, which holds the
 * verdict, and we settle for that. */
#define LOG_FIRST_SIZE (64u * 1024)
#define LOG_MAX_SIZE   (64u * 1024 * 1024)
/* How many reason lines to keep: the verifier says why in one to three. */
#define REASON_MAX_LINES 4

static int load_once(const struct program_spec *spec, const struct func_btf *fb,
		     unsigned log_level, char *log, size_t log_size)
{
	char name[BPF_OBJ_NAME_LEN];
	loader_object_name(name, spec->name);
	LIBBPF_OPTS(bpf_prog_load_opts, opts,
		.expected_attach_type = spec->expected_attach_type,
		.attach_btf_id = spec->attach_btf_id,
		.fd_array = spec->map_fds,
		.log_level = log ? log_level : 0,
		.log_size = log ? (uint32_t)log_size : 0,
		.log_buf = log,
	);
	if (fb->ninfo) {
		opts.prog_btf_fd = fb->btf_fd;
		opts.func_info = fb->info;
		opts.func_info_cnt = fb->ninfo;
		opts.func_info_rec_size = sizeof(*fb->info);
	}
	if (log)
		log[0] = '\0';
	int fd = bpf_prog_load(spec->type, name, "GPL", spec->insns, spec->insn_count, &opts);
	return fd < 0 ? -errno : fd;
}

/* Loads with a log, growing the buffer while the kernel says it is too
 * small. Returns the fd or -errno; the log lands in result->log. */
static int load_with_log(const struct program_spec *spec, const struct func_btf *fb,
			 unsigned log_level, struct program_load *result)
{
	int ret = -ENOMEM;
	for (size_t size = LOG_FIRST_SIZE;; size *= 4) {
		char *log = realloc(result->log, size);
		if (!log)
			return ret;
		result->log = log;
		ret = load_once(spec, fb, log_level, log, size);
		result->log_truncated = ret == -ENOSPC;
		if (ret != -ENOSPC || size >= LOG_MAX_SIZE)
			return ret;
	}
}

int program_load(const struct program_spec *spec, struct program_load *result)
{
	memset(result, 0, sizeof(*result));
	result->fd = -1;
	result->insn_index = -1;

	struct func_btf fb;
	int first = func_btf_make(spec->name, spec->sub_offs, spec->nsubs, &fb);
	if (first < 0) {
		result->err = -first;
		return first;
	}
	if (spec->log_level == 0) {
		first = load_once(spec, &fb, 0, NULL, 0);
		if (first >= 0) {
			func_btf_free(&fb);
			result->fd = first;
			return first;
		}
	}
	int ret = load_with_log(spec, &fb, spec->log_level ? spec->log_level : 1, result);
	/* A truncated log hides the verdict behind ENOSPC: ask once more,
	 * without a log, unless the first attempt already told us. */
	if (ret == -ENOSPC && result->log_truncated && first == 0)
		ret = load_once(spec, &fb, 0, NULL, 0);
	func_btf_free(&fb);
	if (ret < 0 && first < 0)
		ret = first;
	if (ret >= 0) {
		result->fd = ret;
		return ret;
	}
	result->err = -ret;
	if (result->log)
		program_parse_verifier_log(result->log, &result->insn_index, &result->reason);
	return ret;
}

void program_load_free(struct program_load *result)
{
	free(result->reason);
	free(result->log);
	result->reason = NULL;
	result->log = NULL;
}

const char *program_load_message(const struct program_load *result, char *buf, size_t size)
{
	const char *why = result->reason ? result->reason : strerror(result->err);
	const char *nl = strchr(why, '\n');
	int len = nl ? (int)(nl - why) : (int)strlen(why);
	if (result->insn_index >= 0)
		snprintf(buf, size, "%.*s (instruction %d)", len, why, result->insn_index);
	else
		snprintf(buf, size, "%.*s", len, why);
	return buf;
}

/* --- reading the verifier log --- */

/* "12: (85) call bpf_map_lookup_elem#1": the verifier about to check
 * instruction 12. Returns its index, or -1 for any other line. */
static int insn_line_index(const char *line, size_t len)
{
	size_t i = 0;
	int index = 0;
	while (i < len && isdigit((unsigned char)line[i]) && index < 100000000)
		index = index * 10 + (line[i++] - '0');
	if (i == 0 || len < i + 7 || memcmp(line + i, ": (", 3) != 0)
		return -1;
	if (!isxdigit((unsigned char)line[i + 3]) || !isxdigit((unsigned char)line[i + 4]) ||
	    line[i + 5] != ')')
		return -1;
	return index;
}

static bool starts_with(const char *line, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);
	return len >= n && memcmp(line, prefix, n) == 0;
}

/* Lines that describe the verifier's work rather than its verdict:
 * statistics, register states ("5: R1=ctx() R10=fp0"), source lines from
 * line info, path headers and precision tracking (log level 2). */
static bool is_noise(const char *line, size_t len)
{
	static const char *const prefixes[] = {
		"processed ", "verification time ", "stack depth ", "; ", "from ",
		"mark_precise:", "last_idx ", "parent ", "regs=", "func#", "propagating ",
		"Validating ", "Func#",
	};
	size_t i = 0;
	while (i < len && isspace((unsigned char)line[i]))
		i++;
	if (i == len)
		return true;
	for (size_t p = 0; p < sizeof(prefixes) / sizeof(prefixes[0]); p++)
		if (starts_with(line + i, len - i, prefixes[p]))
			return true;
	while (i < len && isdigit((unsigned char)line[i]))
		i++;
	return i > 0 && (starts_with(line + i, len - i, ": R") ||
			 starts_with(line + i, len - i, ": frame"));
}

/* Errors found before the walk (jump checks, ld_imm64 checks) name their
 * instruction in the text: "jump out of range from insn 3 to 10". */
static int index_named_in(const char *text)
{
	for (const char *p = strstr(text, "insn "); p; p = strstr(p + 1, "insn ")) {
		if (isdigit((unsigned char)p[5]))
			return atoi(p + 5);
	}
	return -1;
}

struct line {
	const char *start;
	size_t len;
};

void program_parse_verifier_log(const char *log, int *insn_index, char **reason)
{
	struct line kept[REASON_MAX_LINES];
	size_t nkept = 0, total = 0;
	*insn_index = -1;
	*reason = NULL;

	for (const char *p = log; *p;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		int index = insn_line_index(p, len);
		if (index >= 0) {
			*insn_index = index;
			nkept = 0;
		} else if (!is_noise(p, len)) {
			if (nkept == REASON_MAX_LINES)
				memmove(kept, kept + 1, sizeof(kept[0]) * --nkept);
			kept[nkept++] = (struct line){ p, len };
		}
		p += len + (nl ? 1 : 0);
	}
	for (size_t i = 0; i < nkept; i++)
		total += kept[i].len + 1;
	if (!nkept)
		return;
	char *text = malloc(total);
	if (!text)
		return;
	char *q = text;
	for (size_t i = 0; i < nkept; i++) {
		memcpy(q, kept[i].start, kept[i].len);
		q += kept[i].len;
		*q++ = i + 1 < nkept ? '\n' : '\0';
	}
	if (*insn_index < 0)
		*insn_index = index_named_in(text);
	*reason = text;
}

int program_test_run(int prog_fd, const void *ctx, size_t ctx_size, const void *data,
		     size_t data_size, uint32_t *retval)
{
	LIBBPF_OPTS(bpf_test_run_opts, opts,
		.ctx_in = ctx,
		.ctx_size_in = (uint32_t)ctx_size,
		.data_in = data,
		.data_size_in = (uint32_t)data_size,
	);
	if (bpf_prog_test_run_opts(prog_fd, &opts) < 0)
		return -errno;
	*retval = opts.retval;
	return 0;
}
