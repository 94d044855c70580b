#include "sema/suggest.h"

#include <stdbool.h>
#include <string.h>

#define MAX_WORD 64

static size_t min3(size_t a, size_t b, size_t c)
{
	size_t m = a < b ? a : b;
	return m < c ? m : c;
}

/* Edit distance where swapping two neighbours counts as one edit, since
 * "prinft" is a typo of "printf". Long words are not typos. */
static size_t edit_distance(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b);
	if (n >= MAX_WORD || m >= MAX_WORD)
		return MAX_WORD;
	size_t d[MAX_WORD + 1][MAX_WORD + 1];
	for (size_t i = 0; i <= n; i++)
		d[i][0] = i;
	for (size_t j = 0; j <= m; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= n; i++)
		for (size_t j = 1; j <= m; j++) {
			d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1,
				       d[i - 1][j - 1] + (a[i - 1] != b[j - 1]));
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    d[i - 2][j - 2] + 1 < d[i][j])
				d[i][j] = d[i - 2][j - 2] + 1;
		}
	return d[n][m];
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
	/* On a tie, a name of the same length is the likelier typo. */
	size_t len = strlen(s->word);
	bool better_tie = d == s->best_distance && s->best && strlen(candidate) == len &&
			  strlen(s->best) != len;
	if (d < s->best_distance || better_tie) {
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
