#define _GNU_SOURCE
#include "runtime/loop.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "runtime/child.h"

/* epoll tags: small numbers for the fixed fds, intervals after them. */
enum { TAG_RING, TAG_SIGNAL, TAG_DURATION, TAG_INTERVAL0 };

/* A callback's return that means "a handler asked to stop". */
#define CB_STOP (-ECANCELED)

/* What on_record gets: the loop, and which of its ring buffers it reads. */
struct ring_ctx {
	struct loop *loop;
	size_t index;
};

struct loop {
	struct loop_config cfg;
	struct ring_ctx *rings;
	int epfd, sigfd, duration_fd;
	int *interval_fds;
	struct ring_buffer *rb;
	sigset_t old_mask, our_mask;
	bool mask_set;
	bool stop_requested;
	int handler_err;
	int signo;
	uint64_t records, unknown;
	char error[256];
};

const char *loop_stop_name(enum loop_stop why)
{
	switch (why) {
	case LOOP_STOP_SIGNAL: return "signal";
	case LOOP_STOP_CHILD: return "child exited";
	case LOOP_STOP_EXIT: return "exit action";
	case LOOP_STOP_TIMEOUT: return "timeout";
	case LOOP_STOP_ERROR: return "error";
	}
	return "?";
}

static int on_record(void *ctx, void *data, size_t size)
{
	const struct ring_ctx *ring = ctx;
	struct loop *l = ring->loop;
	uint64_t id;
	if (size < sizeof(id)) {
		l->unknown++;
		return 0;
	}
	memcpy(&id, data, sizeof(id));
	if (id >= l->cfg.handler_count || !l->cfg.handlers[id]) {
		l->unknown++;
		return 0;
	}
	l->records++;
	if (l->cfg.before_record)
		l->cfg.before_record(l->cfg.ctx, ring->index);
	int r = l->cfg.handlers[id](l->cfg.ctx, id, (const char *)data + sizeof(id),
				    size - sizeof(id));
	if (r == LOOP_STOP) {
		l->stop_requested = true;
		return CB_STOP;
	}
	if (r < 0) {
		l->handler_err = r;
		return CB_STOP;
	}
	return 0;
}

static int add_fd(struct loop *l, int fd, uint64_t tag)
{
	struct epoll_event ev = { .events = EPOLLIN, .data.u64 = tag };
	return epoll_ctl(l->epfd, EPOLL_CTL_ADD, fd, &ev);
}

static int arm_timer(int fd, uint64_t ns, bool periodic)
{
	struct itimerspec its = { 0 };
	its.it_value.tv_sec = (time_t)(ns / 1000000000ULL);
	its.it_value.tv_nsec = (long)(ns % 1000000000ULL);
	if (!its.it_value.tv_sec && !its.it_value.tv_nsec)
		its.it_value.tv_nsec = 1;
	if (periodic)
		its.it_interval = its.it_value;
	return timerfd_settime(fd, 0, &its, NULL);
}

static int new_timer(struct loop *l, uint64_t ns, bool periodic, uint64_t tag)
{
	int fd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK);
	if (fd < 0)
		return -1;
	if (arm_timer(fd, ns, periodic) < 0 || add_fd(l, fd, tag) < 0) {
		int e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	return fd;
}

struct loop *loop_new(const struct loop_config *config, char *err, size_t err_size)
{
	struct loop *l = calloc(1, sizeof(*l));
	if (!l) {
		snprintf(err, err_size, "event loop: out of memory");
		return NULL;
	}
	l->cfg = *config;
	l->epfd = l->sigfd = l->duration_fd = -1;
	const char *what = "epoll_create1";
	l->epfd = epoll_create1(EPOLL_CLOEXEC);
	if (l->epfd < 0)
		goto fail;

	sigemptyset(&l->our_mask);
	sigaddset(&l->our_mask, SIGINT);
	sigaddset(&l->our_mask, SIGTERM);
	sigaddset(&l->our_mask, SIGCHLD);
	what = "sigprocmask";
	if (sigprocmask(SIG_BLOCK, &l->our_mask, &l->old_mask) < 0)
		goto fail;
	l->mask_set = true;
	what = "signalfd";
	l->sigfd = signalfd(-1, &l->our_mask, SFD_CLOEXEC | SFD_NONBLOCK);
	if (l->sigfd < 0 || add_fd(l, l->sigfd, TAG_SIGNAL) < 0)
		goto fail;

	if (config->nringbufs) {
		what = "calloc";
		l->rings = calloc(config->nringbufs, sizeof(*l->rings));
		if (!l->rings)
			goto fail;
		for (size_t i = 0; i < config->nringbufs; i++)
			l->rings[i] = (struct ring_ctx){ l, i };
		what = "ring_buffer__new";
		l->rb = ring_buffer__new(config->ringbuf_fds[0], on_record, &l->rings[0], NULL);
		if (!l->rb)
			goto fail;
		what = "ring_buffer__add";
		for (size_t i = 1; i < config->nringbufs; i++) {
			int err = ring_buffer__add(l->rb, config->ringbuf_fds[i], on_record,
						   &l->rings[i]);
			if (err < 0) {
				errno = -err;
				goto fail;
			}
		}
		what = "epoll_ctl";
		if (add_fd(l, ring_buffer__epoll_fd(l->rb), TAG_RING) < 0)
			goto fail;
	}
	what = "timerfd";
	if (config->duration_ms) {
		l->duration_fd = new_timer(l, config->duration_ms * 1000000ULL, false, TAG_DURATION);
		if (l->duration_fd < 0)
			goto fail;
	}
	if (config->interval_count) {
		l->interval_fds = malloc(config->interval_count * sizeof(int));
		if (!l->interval_fds) {
			errno = ENOMEM;
			goto fail;
		}
		for (size_t i = 0; i < config->interval_count; i++)
			l->interval_fds[i] = -1;
		for (size_t i = 0; i < config->interval_count; i++) {
			l->interval_fds[i] = new_timer(l, config->intervals[i].period_ns, true,
						       TAG_INTERVAL0 + i);
			if (l->interval_fds[i] < 0)
				goto fail;
		}
	}
	return l;
fail:;
	int e = errno;
	snprintf(err, err_size, "event loop: %s: %s", what, strerror(e));
	loop_free(l);
	return NULL;
}

/* Handles what is in the ring buffer. Returns false when a handler stopped
 * the loop or failed. */
static bool consume(struct loop *l)
{
	if (!l->rb)
		return true;
	int r = ring_buffer__consume(l->rb);
	if (l->cfg.after_consume)
		l->cfg.after_consume(l->cfg.ctx);
	if (l->stop_requested || l->handler_err)
		return false;
	if (r < 0 && r != CB_STOP) {
		snprintf(l->error, sizeof(l->error), "reading the ring buffer: %s", strerror(-r));
		l->handler_err = r;
		return false;
	}
	return true;
}

static enum loop_stop stopped_by_handler(struct loop *l)
{
	if (l->stop_requested) {
		l->stop_requested = false;
		return LOOP_STOP_EXIT;
	}
	if (!l->error[0])
		snprintf(l->error, sizeof(l->error), "action handler: %s", strerror(-l->handler_err));
	l->handler_err = 0;
	return LOOP_STOP_ERROR;
}

/* Stopped from outside: what was already written is still handled. */
static enum loop_stop finish(struct loop *l, enum loop_stop why)
{
	if (!consume(l) && !l->stop_requested)
		return stopped_by_handler(l);
	l->stop_requested = false;
	return why;
}

/* Returns 1 when a signal stops the loop, 2 when the child exited, else 0. */
static int read_signals(struct loop *l)
{
	struct signalfd_siginfo si;
	int result = 0;
	while (read(l->sigfd, &si, sizeof(si)) == (ssize_t)sizeof(si)) {
		if (si.ssi_signo == SIGINT || si.ssi_signo == SIGTERM) {
			l->signo = (int)si.ssi_signo;
			result = 1;
		} else if (si.ssi_signo == SIGCHLD && l->cfg.watch_child && !result) {
			if (child_reap())
				result = 2;
		}
	}
	return result;
}

enum loop_stop loop_run(struct loop *l)
{
	l->error[0] = 0;
	l->signo = 0;
	/* The child may have exited before the signal was blocked. */
	if (l->cfg.watch_child && child_pid() > 0 && child_reap())
		return finish(l, LOOP_STOP_CHILD);
	if (!consume(l))
		return stopped_by_handler(l);
	for (;;) {
		struct epoll_event evs[16];
		int n = epoll_wait(l->epfd, evs, 16, -1);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			snprintf(l->error, sizeof(l->error), "epoll_wait: %s", strerror(errno));
			return LOOP_STOP_ERROR;
		}
		/* Records first, so events written before a stop are kept. */
		for (int i = 0; i < n; i++) {
			if (evs[i].data.u64 == TAG_RING && !consume(l))
				return stopped_by_handler(l);
		}
		for (int i = 0; i < n; i++) {
			uint64_t tag = evs[i].data.u64, ticks;
			if (tag == TAG_SIGNAL) {
				int r = read_signals(l);
				if (r == 1)
					return finish(l, LOOP_STOP_SIGNAL);
				if (r == 2)
					return finish(l, LOOP_STOP_CHILD);
			} else if (tag == TAG_DURATION) {
				if (read(l->duration_fd, &ticks, sizeof(ticks)) == (ssize_t)sizeof(ticks))
					return finish(l, LOOP_STOP_TIMEOUT);
			} else if (tag >= TAG_INTERVAL0) {
				size_t k = (size_t)(tag - TAG_INTERVAL0);
				if (read(l->interval_fds[k], &ticks, sizeof(ticks)) != (ssize_t)sizeof(ticks))
					continue;
				const struct loop_interval *iv = &l->cfg.intervals[k];
				int r = iv->fn ? iv->fn(iv->ctx) : 0;
				if (r == LOOP_STOP)
					return finish(l, LOOP_STOP_EXIT);
				if (r < 0) {
					snprintf(l->error, sizeof(l->error), "interval handler: %s",
						 strerror(-r));
					return LOOP_STOP_ERROR;
				}
			}
		}
	}
}

int loop_signal(const struct loop *l)
{
	return l->signo;
}

const char *loop_error(const struct loop *l)
{
	return l->error;
}

uint64_t loop_records(const struct loop *l)
{
	return l->records;
}

uint64_t loop_unknown_records(const struct loop *l)
{
	return l->unknown;
}

void loop_free(struct loop *l)
{
	if (!l)
		return;
	ring_buffer__free(l->rb);
	free(l->rings);
	if (l->interval_fds) {
		for (size_t i = 0; i < l->cfg.interval_count; i++)
			if (l->interval_fds[i] >= 0)
				close(l->interval_fds[i]);
		free(l->interval_fds);
	}
	if (l->duration_fd >= 0)
		close(l->duration_fd);
	if (l->sigfd >= 0)
		close(l->sigfd);
	if (l->epfd >= 0)
		close(l->epfd);
	if (l->mask_set) {
		/* Take back what is pending, so unblocking kills nobody; a
		 * SIGCHLD of the -c child is reaped first. */
		struct timespec zero = { 0, 0 };
		while (sigtimedwait(&l->our_mask, NULL, &zero) > 0)
			;
		if (l->cfg.watch_child && child_pid() > 0)
			child_reap();
		sigprocmask(SIG_SETMASK, &l->old_mask, NULL);
	}
	free(l);
}

int loop_lost_events(int map_fd, uint64_t *total)
{
	*total = 0;
	int ncpu = libbpf_num_possible_cpus();
	if (ncpu <= 0)
		return ncpu < 0 ? ncpu : -EINVAL;
	uint64_t *values = calloc((size_t)ncpu, sizeof(*values));
	if (!values)
		return -ENOMEM;
	uint32_t key = 0;
	int r = 0;
	if (bpf_map_lookup_elem(map_fd, &key, values) < 0)
		r = -errno;
	else
		for (int i = 0; i < ncpu; i++)
			*total += values[i];
	free(values);
	return r;
}
