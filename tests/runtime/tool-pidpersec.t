# bpfscope pidpersec: a shell starting six processes in the first second gives a rate of at least 6.
cmd: ./bpfscope pidpersec --cmd 'sh -c "for i in 1 2 3 4 5 6; do /bin/true; done; sleep 1.3"' 2>/dev/null | awk '/PIDs\/sec:/ { if ($NF >= 6) ok = 1 } END { print ok ? "ok" : "no" }'
stdout: ok
