/* "Did you mean ...?": the closest name by edit distance. */
#ifndef BPFSCOPE_SEMA_SUGGEST_H
#define BPFSCOPE_SEMA_SUGGEST_H

#include <stddef.h>

struct suggester {
	const char *word;
	const char *best;
	int best_folded, best_exact; /* distances ignoring / respecting case */
	int budget;                  /* the most edits a plausible typo has */
};

/* The budget grows with the word's length: 0 edits (case only) up to 2
 * characters, 1 up to 5, 2 beyond. */
void suggest_init(struct suggester *s, const char *word);
void suggest_init_budget(struct suggester *s, const char *word, int budget);
void suggest_offer(struct suggester *s, const char *candidate);
/* The best candidate within the budget, or NULL. */
const char *suggest_result(const struct suggester *s);

#endif
