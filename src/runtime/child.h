/* The -c CMD child: forked before the probes are attached, held on a pipe
 * until child_release(), then exec'd; reaped when the event loop sees
 * SIGCHLD, or killed by child_kill() when tracing stops first.
 *
 * CMD without shell syntax (quotes, pipes, $, globs, ...) is split on
 * blanks and exec'd directly from $PATH, as bpftrace runs it, so the child
 * is the command itself; anything else runs as `/bin/sh -c CMD` (bpftrace
 * refuses those). Like bpftrace, the child gets SIGTERM if bpfscope dies
 * (PR_SET_PDEATHSIG).
 *
 * One child per process: the state is global, as the CLI needs no more. */
#ifndef BPFSCOPE_RUNTIME_CHILD_H
#define BPFSCOPE_RUNTIME_CHILD_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* Forks the child, which waits for child_release(). Returns its pid, or a
 * negative errno with `err` set ("failed to run child: <strerror>"). */
pid_t child_spawn(const char *cmd, char *err, size_t err_size);

/* Lets the child exec CMD. Returns 0 or a negative errno. */
int child_release(void);

/* The child's pid, or -1 when none was spawned (or it was reaped). */
pid_t child_pid(void);

/* Reaps the child without blocking (call on SIGCHLD). True once it has
 * exited, now or before. */
bool child_reap(void);

bool child_exited(void);

/* The exit status once it has exited: its exit code, or 128 + the signal
 * that killed it (as a shell reports it); -1 before. */
int child_exit_status(void);

/* On early exit: a child not yet released is told to give up (it never
 * runs CMD); a running one gets SIGTERM and, if still alive after
 * `grace_ms`, SIGKILL. It is reaped either way. Safe to call when there is
 * no child or it has exited. */
void child_kill(unsigned grace_ms);

/* Forgets an exited child so another can be spawned (for tests). */
void child_reset(void);

#endif
