/* A very small unit-test framework: UNIT_TEST(name) { ... } registers a
 * test; CHECK*() record failures; unit_skip() marks a test skipped with a
 * reason (e.g. it needs root). build/unit-tests runs them all and prints one
 * line per test: "PASS name", "FAIL name: why" or "SKIP name: why". */
#ifndef BPFSCOPE_TESTS_UNIT_H
#define BPFSCOPE_TESTS_UNIT_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

struct unit_test {
	const char *name;
	void (*fn)(void);
	struct unit_test *next;
};

void unit_register(struct unit_test *t);
void unit_fail(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void unit_skip(const char *reason);
/* Root and a BPF-capable kernel: kernel tests call this first. */
bool unit_require_root(void);

#define UNIT_TEST(name_)                                                  \
	static void unit_fn_##name_(void);                                \
	static struct unit_test unit_t_##name_ = { #name_, unit_fn_##name_, 0 }; \
	__attribute__((constructor)) static void unit_reg_##name_(void)   \
	{                                                                 \
		unit_register(&unit_t_##name_);                           \
	}                                                                 \
	static void unit_fn_##name_(void)

#define CHECK(cond)                                                       \
	do {                                                              \
		if (!(cond))                                              \
			unit_fail(__FILE__, __LINE__, "check failed: %s", #cond); \
	} while (0)

#define CHECK_INT(actual, expected)                                       \
	do {                                                              \
		long long a_ = (long long)(actual), e_ = (long long)(expected); \
		if (a_ != e_)                                             \
			unit_fail(__FILE__, __LINE__, "%s is %lld, expected %lld", #actual, a_, e_); \
	} while (0)

#define CHECK_STR(actual, expected)                                       \
	do {                                                              \
		const char *a_ = (actual), *e_ = (expected);              \
		if (!a_ || strcmp(a_, e_))                                \
			unit_fail(__FILE__, __LINE__, "%s is \"%s\", expected \"%s\"", #actual, \
				  a_ ? a_ : "(null)", e_);                \
	} while (0)

#endif
