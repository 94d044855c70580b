# bpfscope mysqld_qslower on a process whose binary has no USDT probes (a
# mysqld built without DTrace, here a sleep) stops with a message saying so.
cmd: sleep 3 & P=$!; ./bpfscope mysqld_qslower $P; s=$?; kill $P; exit $s
exit: 1
stdout-empty
stderr-re: error: usdt: /.*sleep has no USDT probes \(no \.note\.stapsdt notes\)$
