/* Integer macros of the C headers tools include (see header_macros.h). */
#include "sema/header_macros.h"

#include <string.h>

#include "util/arena.h"

struct macro {
	const char *name;
	int64_t value;
};

/* Address and protocol families: AF_x and PF_x are the same numbers
 * (glibc bits/socket.h, the kernel's include/linux/socket.h). */
static const struct macro families[] = {
	{ "UNSPEC", 0 }, { "LOCAL", 1 }, { "UNIX", 1 }, { "FILE", 1 }, { "INET", 2 },
	{ "AX25", 3 }, { "IPX", 4 }, { "APPLETALK", 5 }, { "NETROM", 6 }, { "BRIDGE", 7 },
	{ "ATMPVC", 8 }, { "X25", 9 }, { "INET6", 10 }, { "ROSE", 11 }, { "DECnet", 12 },
	{ "NETBEUI", 13 }, { "SECURITY", 14 }, { "KEY", 15 }, { "NETLINK", 16 }, { "ROUTE", 16 },
	{ "PACKET", 17 }, { "ASH", 18 }, { "ECONET", 19 }, { "ATMSVC", 20 }, { "RDS", 21 },
	{ "SNA", 22 }, { "IRDA", 23 }, { "PPPOX", 24 }, { "WANPIPE", 25 }, { "LLC", 26 },
	{ "IB", 27 }, { "MPLS", 28 }, { "CAN", 29 }, { "TIPC", 30 }, { "BLUETOOTH", 31 },
	{ "IUCV", 32 }, { "RXRPC", 33 }, { "ISDN", 34 }, { "PHONET", 35 }, { "IEEE802154", 36 },
	{ "CAIF", 37 }, { "ALG", 38 }, { "NFC", 39 }, { "VSOCK", 40 }, { "KCM", 41 },
	{ "QIPCRTR", 42 }, { "SMC", 43 }, { "XDP", 44 }, { "MCTP", 45 }, { "MAX", 46 },
};

static const struct macro socket_types[] = {
	{ "SOCK_STREAM", 1 }, { "SOCK_DGRAM", 2 }, { "SOCK_RAW", 3 }, { "SOCK_RDM", 4 },
	{ "SOCK_SEQPACKET", 5 }, { "SOCK_DCCP", 6 }, { "SOCK_PACKET", 10 },
	{ "SOL_SOCKET", 1 },
};

/* The kernel's include/linux/sched.h: task states (task_struct.__state
 * and sched_switch's prev_state), then the uapi clone flags and
 * policies that the same name brings in. */
static const struct macro sched[] = {
	{ "TASK_RUNNING", 0x0 }, { "TASK_INTERRUPTIBLE", 0x1 }, { "TASK_UNINTERRUPTIBLE", 0x2 },
	{ "__TASK_STOPPED", 0x4 }, { "__TASK_TRACED", 0x8 }, { "EXIT_DEAD", 0x10 },
	{ "EXIT_ZOMBIE", 0x20 }, { "EXIT_TRACE", 0x30 }, { "TASK_PARKED", 0x40 },
	{ "TASK_DEAD", 0x80 }, { "TASK_WAKEKILL", 0x100 }, { "TASK_WAKING", 0x200 },
	{ "TASK_NOLOAD", 0x400 }, { "TASK_NEW", 0x800 }, { "TASK_KILLABLE", 0x102 },
	{ "TASK_STOPPED", 0x104 }, { "TASK_TRACED", 0x8 }, { "TASK_IDLE", 0x402 },
	{ "TASK_NORMAL", 0x3 },
	{ "CLONE_NEWTIME", 0x80 }, { "CLONE_VM", 0x100 }, { "CLONE_FS", 0x200 },
	{ "CLONE_FILES", 0x400 }, { "CLONE_SIGHAND", 0x800 }, { "CLONE_PIDFD", 0x1000 },
	{ "CLONE_PTRACE", 0x2000 }, { "CLONE_VFORK", 0x4000 }, { "CLONE_PARENT", 0x8000 },
	{ "CLONE_THREAD", 0x10000 }, { "CLONE_NEWNS", 0x20000 }, { "CLONE_SYSVSEM", 0x40000 },
	{ "CLONE_SETTLS", 0x80000 }, { "CLONE_PARENT_SETTID", 0x100000 },
	{ "CLONE_CHILD_CLEARTID", 0x200000 }, { "CLONE_DETACHED", 0x400000 },
	{ "CLONE_UNTRACED", 0x800000 }, { "CLONE_CHILD_SETTID", 0x1000000 },
	{ "CLONE_NEWCGROUP", 0x2000000 }, { "CLONE_NEWUTS", 0x4000000 },
	{ "CLONE_NEWIPC", 0x8000000 }, { "CLONE_NEWUSER", 0x10000000 },
	{ "CLONE_NEWPID", 0x20000000 }, { "CLONE_NEWNET", 0x40000000 }, { "CLONE_IO", 0x80000000 },
	{ "SCHED_NORMAL", 0 }, { "SCHED_FIFO", 1 }, { "SCHED_RR", 2 }, { "SCHED_BATCH", 3 },
	{ "SCHED_IDLE", 5 }, { "SCHED_DEADLINE", 6 },
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void each(const struct macro *m, size_t n, const char *prefix, struct arena *arena,
		 void (*fn)(void *ctx, const char *name, int64_t value), void *ctx)
{
	for (size_t i = 0; i < n; i++)
		fn(ctx, prefix ? arena_printf(arena, "%s%s", prefix, m[i].name) : m[i].name,
		   m[i].value);
}

bool header_macros_each(struct arena *arena, const char *header,
			void (*fn)(void *ctx, const char *name, int64_t value), void *ctx)
{
	if (!strcmp(header, "sys/socket.h") || !strcmp(header, "linux/socket.h") ||
	    !strcmp(header, "bits/socket.h")) {
		each(families, COUNT(families), "AF_", arena, fn, ctx);
		each(families, COUNT(families), "PF_", arena, fn, ctx);
		each(socket_types, COUNT(socket_types), NULL, arena, fn, ctx);
		return true;
	}
	if (!strcmp(header, "linux/sched.h")) {
		each(sched, COUNT(sched), NULL, arena, fn, ctx);
		return true;
	}
	return false;
}
