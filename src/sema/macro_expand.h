/* Macro expansion: every call of a `macro` (and every bare use of a macro
 * without parameters) is replaced by a copy of the macro's body, a block
 * whose trailing expression is the value. Requires: a program that passed
 * sema_check (argument counts and kinds are right, macro bodies use only
 * their parameters). Runs before the type pass, which then types each
 * expansion on its own.
 *
 * In the copy, a `$x` parameter becomes the caller's variable (so the
 * macro may assign it), an `@m` parameter the caller's map, and a bare
 * parameter `x` a copy of the argument expression, evaluated at each use.
 * Variables the body declares get names no script can write, one set per
 * expansion, so they cannot meet the caller's. Copied nodes keep the spans
 * of the macro body, so later errors point into it. */
#ifndef BPFSCOPE_SEMA_MACRO_EXPAND_H
#define BPFSCOPE_SEMA_MACRO_EXPAND_H

#include "frontend/ast.h"
#include "frontend/diag.h"

struct arena;

/* Expands in place; reports recursive macros to `diag`. Returns the
 * number of errors. */
int macro_expand_run(struct arena *arena, struct node *program, struct diag *diag);

#endif
