/* Named parameters into the program (see getopt_params.h). */
#include "sema/getopt_params.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/ast.h"
#include "frontend/diag.h"
#include "util/arena.h"

struct subst {
	struct arena *arena;
	struct diag *diag;
	char *const *named;
	int nnamed;
	bool *used;
	int errors;
};

const char *getopt_param_value(char *const *named, int nnamed, const char *name, size_t len,
			       bool *used)
{
	for (int i = 0; i < nnamed; i++) {
		const char *p = named[i];
		if (!strncmp(p, name, len) && (p[len] == '\0' || p[len] == '=')) {
			if (used)
				used[i] = true;
			return p[len] == '=' ? p + len + 1 : "";
		}
	}
	return NULL;
}

static const char *lookup(struct subst *s, const char *name)
{
	return getopt_param_value(s->named, s->nnamed, name, strlen(name), s->used);
}

static void replace(struct subst *s, struct node *call)
{
	struct node *name = call->list.items[0];
	struct node *def = call->list.len > 1 ? call->list.items[1] : NULL;
	if (name->kind != N_STRING) {
		diag_error(s->diag, name->span, "getopt() takes the parameter's name as a string "
			   "literal, as in getopt(\"pid\", 0)");
		s->errors++;
		return;
	}
	const char *value = lookup(s, name->str);
	struct span at = call->span;
	if (!def || def->kind == N_BOOL) {
		bool on = def ? def->ival != 0 : false;
		if (value)
			on = !*value || !strcmp(value, "true") || !strcmp(value, "1") ||
			     !strcmp(value, "yes");
		if (value && *value && !on && strcmp(value, "false") && strcmp(value, "0") &&
		    strcmp(value, "no")) {
			diag_error(s->diag, name->span, "--%s=%s: expected true or false", name->str,
				   value);
			s->errors++;
		}
		memset(call, 0, sizeof(*call));
		call->kind = N_BOOL;
		call->ival = on;
	} else if (def->kind == N_INT || (def->kind == N_UNARY && def->op == OP_NEG &&
					  def->lhs && def->lhs->kind == N_INT)) {
		int64_t v = def->kind == N_INT ? (int64_t)def->ival : -(int64_t)def->lhs->ival;
		if (value) {
			char *end;
			errno = 0;
			long long x = strtoll(value, &end, 0);
			if (!*value || *end || errno) {
				diag_error(s->diag, name->span, "--%s=%s: expected an integer",
					   name->str, value);
				s->errors++;
			}
			v = x;
		}
		memset(call, 0, sizeof(*call));
		if (v < 0) {
			struct node *lit = node_new(s->arena, N_INT, at);
			lit->ival = (uint64_t)-v;
			call->kind = N_UNARY;
			call->op = OP_NEG;
			call->lhs = lit;
		} else {
			call->kind = N_INT;
			call->ival = (uint64_t)v;
		}
	} else if (def->kind == N_STRING) {
		const char *str = value ? value : def->str;
		memset(call, 0, sizeof(*call));
		call->kind = N_STRING;
		call->str = arena_strdup(s->arena, str);
		call->str_len = (uint32_t)strlen(str);
	} else {
		diag_error(s->diag, def->span, "getopt()'s default must be a literal: an integer, a "
			   "string or a bool");
		s->errors++;
		return;
	}
	call->span = at;
}

static void walk(struct subst *s, struct node *n)
{
	if (!n)
		return;
	if (n->kind == N_CALL && n->name && !strcmp(n->name, "getopt") && n->list.len >= 1) {
		replace(s, n);
		return;
	}
	struct node *kids[] = { n->lhs, n->rhs, n->cond, n->then, n->els, n->body };
	for (size_t i = 0; i < sizeof(kids) / sizeof(kids[0]); i++)
		walk(s, kids[i]);
	for (int i = 0; i < n->list.len; i++)
		walk(s, n->list.items[i]);
}

int getopt_substitute(struct arena *arena, struct node *program, char *const *named, int nnamed,
		      bool *used, struct diag *diag)
{
	struct subst s = { arena, diag, named, nnamed, used, 0 };
	walk(&s, program);
	for (int i = 0; i < nnamed; i++)
		if (!s.used[i]) {
			fprintf(stderr, "bpfscope: error: the program has no named parameter '--%.*s' "
				"(it reads them with getopt())\n", (int)strcspn(named[i], "="), named[i]);
			s.errors++;
		}
	return s.errors;
}
