#include "util/glob.h"

#include <string.h>

/* The classic single-backtrack matcher: on a mismatch after a '*', let
 * that star swallow one more character and retry. Linear for patterns with
 * one star, O(len(pattern) * len(text)) at worst, never recursive. */
bool glob_match(const char *pattern, const char *text)
{
	const char *star = NULL, *resume = NULL;

	while (*text) {
		if (*pattern == '*') {
			star = pattern++;
			resume = text;
		} else if (*pattern == '?' || *pattern == *text) {
			pattern++;
			text++;
		} else if (star) {
			pattern = star + 1;
			text = ++resume;
		} else {
			return false;
		}
	}
	while (*pattern == '*')
		pattern++;
	return *pattern == '\0';
}

bool glob_has_wildcard(const char *s)
{
	return strpbrk(s, "*?") != NULL;
}
