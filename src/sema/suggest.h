/* "Did you mean ...?": the closest name by edit distance. */
#ifndef BPFSCOPE_SEMA_SUGGEST_H
#define BPFSCOPE_SEMA_SUGGEST_H

#include <stddef.h>

struct suggester {
	const char *word;
	const char *best;
	size_t best_distance;
};

void suggest_init(struct suggester *s, const char *word);
void suggest_offer(struct suggester *s, const char *candidate);
/* The best candidate if it is close enough to be a plausible typo, or NULL. */
const char *suggest_result(const struct suggester *s);

#endif
