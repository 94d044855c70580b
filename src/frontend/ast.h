/* The abstract syntax tree. One node struct for every kind (as in small C
 * compilers): the kind says which fields are meaningful. Every node has the
 * source span it came from. All memory lives in the compile arena. */
#ifndef BPFSCOPE_FRONTEND_AST_H
#define BPFSCOPE_FRONTEND_AST_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "frontend/diag.h"
#include "sema/probe_spec.h"

struct arena;

enum node_kind {
	/* top level */
	N_PROGRAM,        /* list: items */
	N_C_DEFINITION,   /* str: raw text (struct/union/enum/typedef or # line) */
	N_CONFIG,         /* list: N_CONFIG_ITEM */
	N_CONFIG_ITEM,    /* name = lhs (int, string, bool or identifier) */
	N_IMPORT,         /* str: path */
	N_MAP_DECL,       /* lhs: N_MAP; name: map kind; rhs: N_CALL kind(size) */
	N_MACRO,          /* name; params: list of N_VAR/N_MAP/N_IDENT; body */
	N_FUNCTION,       /* name; params: N_PARAM list; type: return type; body */
	N_PARAM,          /* lhs: N_VAR; type */
	N_PROBE,          /* list: N_ATTACH_POINT; cond: predicate; body */
	N_ATTACH_POINT,   /* str: text as written; name: optional "name="; spec */

	/* statements */
	N_BLOCK,          /* list: statements; rhs: trailing value expr (block expression) */
	N_EXPR_STMT,      /* lhs */
	N_ASSIGN,         /* lhs = rhs, or lhs op= rhs (op) */
	N_DISCARD,        /* _ = rhs */
	N_LET,            /* lhs: N_VAR; type (optional); rhs (optional) */
	N_IF,             /* cond, then, els (N_IF or N_BLOCK or NULL) */
	N_UNROLL,         /* cond: count; body */
	N_WHILE,          /* cond; body */
	N_FOR_MAP,        /* lhs: N_VAR; rhs: N_MAP; body */
	N_FOR_RANGE,      /* lhs: N_VAR; cond: start; rhs: end; body */
	N_BREAK,
	N_CONTINUE,
	N_RETURN,         /* lhs: optional value */

	/* expressions */
	N_INT,            /* ival */
	N_STRING,         /* str, str_len */
	N_BOOL,           /* ival: 0/1 */
	N_IDENT,          /* name: builtin, constant, macro name, enum value... */
	N_VAR,            /* name (without $) */
	N_POSITIONAL,     /* ival: N of $N */
	N_PARAM_COUNT,    /* $# */
	N_MAP,            /* name (without @; "" for @) */
	N_MAP_ACCESS,     /* lhs: N_MAP; list: keys (two or more make a tuple key) */
	N_CALL,           /* name; list: arguments */
	N_UNARY,          /* op; lhs */
	N_POSTFIX,        /* op (++ or --); lhs */
	N_BINARY,         /* op; lhs; rhs */
	N_TERNARY,        /* cond; then (NULL for `a ?: b`); els */
	N_CAST,           /* type; lhs */
	N_FIELD,          /* lhs; name; arrow: written with -> */
	N_TUPLE_INDEX,    /* lhs; ival: $t.0 */
	N_INDEX,          /* lhs[rhs] */
	N_TUPLE,          /* list: elements */
	N_RECORD,         /* list: N_RECORD_FIELD */
	N_RECORD_FIELD,   /* name = lhs */
	N_SIZEOF,         /* type or lhs */
	N_OFFSETOF,       /* type or lhs; list: N_IDENT member path */
	N_TYPEOF,         /* type or lhs (in type position) */

	/* types */
	N_TYPE,           /* name: base type ("uint32", "struct task_struct");
	                     ival: pointer depth; array: element count (-1 for []) ;
	                     lhs: N_TYPEOF when the base is typeof(...) */
	N_NODE_KIND_COUNT,
};

/* Operators, shared by unary, binary, postfix and compound assignment. */
enum op {
	OP_NONE,
	OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD,
	OP_BAND, OP_BOR, OP_BXOR, OP_SHL, OP_SHR,
	OP_LAND, OP_LOR,
	OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE,
	OP_NOT, OP_BNOT, OP_NEG, OP_PLUS, OP_DEREF, OP_ADDR,
	OP_PREINC, OP_PREDEC, OP_POSTINC, OP_POSTDEC,
	OP_COUNT,
};

struct node_list {
	struct node **items;
	int len, cap;
};

struct node {
	enum node_kind kind;
	struct span span;
	enum op op;
	const char *name;
	const char *str;
	uint32_t str_len;
	uint64_t ival;
	long array;             /* N_TYPE: 0 = not an array, -1 = [], N = [N] */
	bool arrow;
	bool grouped;           /* written in parentheses: `outer` covers them */
	struct span outer;
	struct node *lhs, *rhs, *cond, *then, *els, *body, *type;
	struct node_list list;
	struct node_list params;
	struct probe_spec *spec; /* N_ATTACH_POINT after probe_spec_parse */
	const struct type *ty;  /* expressions, after typecheck_run; NULL = unknown */
};

struct node *node_new(struct arena *a, enum node_kind kind, struct span span);
void node_list_push(struct arena *a, struct node_list *l, struct node *n);

const char *node_kind_name(enum node_kind k);
const char *op_text(enum op op);

/* Prints the tree, one node per line, indented, with line:col of each node. */
void ast_print(FILE *out, const struct source *src, const struct node *program);

#endif
