# cpudist -I -P includes the idle tasks (pid 0, swapper/N), one per CPU; without -I they are left out. The idle tasks only run when a CPU has nothing else to do, so the case needs a machine that is not saturated.
skip-unless: awk '{ exit !($1 < 1.5) }' /proc/loadavg
cmd: ./bpfscope cpudist -I -P -d 1 2>/dev/null | grep -c '^@pid_usecs\[0, swapper/[0-9]*\]:$' | sed 's/^[1-9][0-9]*$/idle/'; ./bpfscope cpudist -P -d 1 2>/dev/null | grep -c '^@pid_usecs\[0, ' || true
stdout: idle
stdout: 0
