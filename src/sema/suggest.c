#include "sema/suggest.h"

#include <string.h>

#define MAX_WORD 64

/* Levenshtein distance with a two-row table; long words are not typos. */
static size_t edit_distance(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b);
	if (n >= MAX_WORD || m >= MAX_WORD)
		return MAX_WORD;
	size_t prev[MAX_WORD + 1], cur[MAX_WORD + 1];
	for (size_t j = 0; j <= m; j++)
		prev[j] = j;
	for (size_t i = 1; i <= n; i++) {
		cur[0] = i;
		for (size_t j = 1; j <= m; j++) {
			size_t sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
			size_t del = prev[j] + 1, ins = cur[j - 1] + 1;
			cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
		}
		memcpy(prev, cur, sizeof(size_t) * (m + 1));
	}
	return prev[m];
}

void suggest_init(struct suggester *s, const char *word)
{
	s->word = word;
	s->best = NULL;
	s->best_distance = MAX_WORD;
}

void suggest_offer(struct suggester *s, const char *candidate)
{
	if (!candidate || !strcmp(candidate, s->word))
		return;
	size_t d = edit_distance(s->word, candidate);
	if (d < s->best_distance) {
		s->best_distance = d;
		s->best = candidate;
	}
}

const char *suggest_result(const struct suggester *s)
{
	size_t len = strlen(s->word);
	size_t limit = len <= 3 ? 1 : len <= 6 ? 2 : 3;
	return s->best && s->best_distance <= limit ? s->best : NULL;
}
