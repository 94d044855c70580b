/* Runs every registered unit test (see unit.h). Usage: unit-tests [FILTER] */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "unit.h"

static struct unit_test *tests, **tail = &tests;
static int failures_in_test;
static const char *skip_reason;
static char first_failure[512];

void unit_register(struct unit_test *t)
{
	*tail = t;
	tail = &t->next;
}

void unit_fail(const char *file, int line, const char *fmt, ...)
{
	if (failures_in_test++ == 0) {
		int n = snprintf(first_failure, sizeof(first_failure), "%s:%d: ", file, line);
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(first_failure + n, sizeof(first_failure) - (size_t)n, fmt, ap);
		va_end(ap);
	}
}

void unit_skip(const char *reason)
{
	skip_reason = reason;
}

bool unit_require_root(void)
{
	if (geteuid() == 0)
		return true;
	unit_skip("needs root to load BPF programs");
	return false;
}

int main(int argc, char **argv)
{
	const char *filter = argc > 1 ? argv[1] : NULL;
	int failed = 0;
	for (struct unit_test *t = tests; t; t = t->next) {
		if (filter && !strstr(t->name, filter))
			continue;
		failures_in_test = 0;
		skip_reason = NULL;
		t->fn();
		if (failures_in_test) {
			printf("FAIL %s: %s\n", t->name, first_failure);
			failed++;
		} else if (skip_reason) {
			printf("SKIP %s: %s\n", t->name, skip_reason);
		} else {
			printf("PASS %s\n", t->name);
		}
		fflush(stdout);
	}
	return failed ? 1 : 0;
}
