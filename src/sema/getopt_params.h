/* getopt("name"[, default]): the program's named parameters, given after
 * "--" as --name or --name=value, replaced by literals before the type
 * pass, as positional parameters are. The default's kind decides the
 * value's: an integer, a string, or (no default, or a bool) a flag that is
 * true when --name is given. */
#ifndef BPFSCOPE_SEMA_GETOPT_PARAMS_H
#define BPFSCOPE_SEMA_GETOPT_PARAMS_H

#include <stdbool.h>
#include <stddef.h>

struct arena;
struct diag;
struct node;

/* The value given for the parameter named by the `len` bytes at `name`,
 * among `named` ("name" or "name=value"): "" for a bare --name, NULL when
 * absent. Marks the one found in `used`, when not NULL. */
const char *getopt_param_value(char *const *named, int nnamed, const char *name, size_t len,
			       bool *used);

/* Replaces every getopt() call in `program`; reports bad values and named
 * parameters no getopt() asks for. `used` has one flag per parameter,
 * set already for those the parser put into attach points; it marks the
 * others as they are read. Returns the number of errors. */
int getopt_substitute(struct arena *arena, struct node *program, char *const *named, int nnamed,
		      bool *used, struct diag *diag);

#endif
