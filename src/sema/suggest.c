#include "sema/suggest.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

#define MAX_WORD 48

static int min3(int a, int b, int c)
{
	int m = a < b ? a : b;
	return m < c ? m : c;
}

static bool same(char x, char y, bool fold)
{
	return fold ? tolower((unsigned char)x) == tolower((unsigned char)y) : x == y;
}

/* Edit distance where swapping two neighbours counts as one edit, since
 * "prinft" is a typo of "printf". Long words are not typos. */
static int edit_distance(const char *a, const char *b, bool fold)
{
	size_t n = strlen(a), m = strlen(b);
	if (n >= MAX_WORD || m >= MAX_WORD)
		return 1000;
	int d[MAX_WORD + 1][MAX_WORD + 1];
	for (size_t i = 0; i <= n; i++)
		d[i][0] = (int)i;
	for (size_t j = 0; j <= m; j++)
		d[0][j] = (int)j;
	for (size_t i = 1; i <= n; i++)
		for (size_t j = 1; j <= m; j++) {
			d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1,
				       d[i - 1][j - 1] + !same(a[i - 1], b[j - 1], fold));
			if (i > 1 && j > 1 && same(a[i - 1], b[j - 2], fold) &&
			    same(a[i - 2], b[j - 1], fold) && d[i - 2][j - 2] + 1 < d[i][j])
				d[i][j] = d[i - 2][j - 2] + 1;
		}
	return d[n][m];
}

void suggest_init_budget(struct suggester *s, const char *word, int budget)
{
	s->word = word;
	s->best = NULL;
	s->best_folded = s->best_exact = 1000;
	s->budget = budget;
}

void suggest_init(struct suggester *s, const char *word)
{
	size_t n = strlen(word);
	suggest_init_budget(s, word, n <= 2 ? 0 : n <= 5 ? 1 : 2);
}

/* Ties go to the spelling closer with case respected, then to a name of the
 * same length (the likelier typo), then to the earlier candidate. */
void suggest_offer(struct suggester *s, const char *candidate)
{
	if (!candidate || !strcmp(candidate, s->word))
		return;
	int folded = edit_distance(s->word, candidate, true);
	if (folded > s->budget)
		return;
	int exact = edit_distance(s->word, candidate, false);
	size_t len = strlen(s->word);
	bool better = !s->best || folded < s->best_folded ||
		      (folded == s->best_folded && exact < s->best_exact) ||
		      (folded == s->best_folded && exact == s->best_exact &&
		       strlen(candidate) == len && strlen(s->best) != len);
	if (better) {
		s->best = candidate;
		s->best_folded = folded;
		s->best_exact = exact;
	}
}

const char *suggest_result(const struct suggester *s)
{
	return s->best;
}
