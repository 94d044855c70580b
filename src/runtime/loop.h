/* The one event loop (docs/backend-plan.md, "Runtime"): epoll over the
 * ring buffer, a signalfd for SIGINT, SIGTERM and SIGCHLD, an optional
 * duration timer and user-space interval timers.
 *
 * Ring buffer records are {uint64 action_id; payload...}: the action id
 * indexes the caller's handler table, which gets the payload.
 *
 * loop_new() blocks SIGINT, SIGTERM and SIGCHLD (signalfd needs them
 * blocked); loop_free() drains any of them still pending and restores the
 * old signal mask, so nothing stays blocked after the loop. */
#ifndef BPFSCOPE_RUNTIME_LOOP_H
#define BPFSCOPE_RUNTIME_LOOP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A handler returns LOOP_CONTINUE, or LOOP_STOP to stop the loop (exit());
 * records after it stay unread. A negative errno stops it with an error. */
enum { LOOP_CONTINUE = 0, LOOP_STOP = 1 };
typedef int (*loop_action_fn)(void *ctx, uint64_t action_id, const void *payload, size_t size);

/* Called every period (user-space interval probes); same return values. */
typedef int (*loop_interval_fn)(void *ctx);

struct loop_interval {
	uint64_t period_ns;
	loop_interval_fn fn;
	void *ctx;
};

struct loop_config {
	const int *ringbuf_fds;         /* BPF_MAP_TYPE_RINGBUF maps, read in turn */
	size_t nringbufs;               /* 0: none */
	const loop_action_fn *handlers; /* indexed by action id; NULL entries allowed */
	size_t handler_count;
	void *ctx;                      /* passed to every handler */
	/* Optional: told which ring buffer the next record comes from, and
	 * called after each pass over all of them. */
	void (*before_record)(void *ctx, size_t ring);
	void (*after_consume)(void *ctx);
	uint64_t duration_ms;           /* stop after this long; 0: never */
	const struct loop_interval *intervals;
	size_t interval_count;
	bool watch_child;               /* stop when the -c child (runtime/child.h) exits */
};

enum loop_stop {
	LOOP_STOP_SIGNAL,       /* SIGINT or SIGTERM; see loop_signal() */
	LOOP_STOP_CHILD,        /* the -c child exited; see child_exit_status() */
	LOOP_STOP_EXIT,         /* a handler or interval returned LOOP_STOP */
	LOOP_STOP_TIMEOUT,      /* duration_ms passed */
	LOOP_STOP_ERROR,        /* see loop_error() */
};

/* "signal", "child exited", "exit action", "timeout", "error" */
const char *loop_stop_name(enum loop_stop why);

struct loop;

/* Returns NULL with `err` set on failure (the signal mask is then left as it was). */
struct loop *loop_new(const struct loop_config *config, char *err, size_t err_size);

/* Runs until something stops it; can be called again to resume. When a
 * signal, the child or the timeout stopped it, the records already in the
 * ring buffer are handled before it returns. */
enum loop_stop loop_run(struct loop *l);

int loop_signal(const struct loop *l);          /* the signal that stopped it, or 0 */
const char *loop_error(const struct loop *l);   /* the error text, or "" */
uint64_t loop_records(const struct loop *l);    /* records handled */
uint64_t loop_unknown_records(const struct loop *l);  /* no handler, or too short */

/* Closes everything, drains pending SIGINT/SIGTERM/SIGCHLD and restores
 * the signal mask. Accepts NULL. */
void loop_free(struct loop *l);

/* Sums the kernel's lost-event counter: a per-CPU array (key 0, u64 value)
 * incremented when a ring buffer write fails. Returns 0 or a negative errno. */
int loop_lost_events(int map_fd, uint64_t *total);

#endif
