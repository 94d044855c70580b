# Started in the background by a script (SIGINT ignored, as shells do for `&`), the tracer still stops on one SIGINT sent as soon as it runs, before it has attached (it used to be lost, and the tracer ran on).
cmd: ./bpfscope -q -e 'interval:ms:50 { @ticks = count(); }' > $TEST_TMP/out & pid=$!; for i in $(seq 200); do [[ $(readlink /proc/$pid/exe) == */bpfscope ]] && break; sleep 0.01; done; kill -INT $pid; for i in $(seq 60); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done; if kill -0 $pid 2>/dev/null; then echo still running; kill -KILL $pid; else echo stopped; fi
stdout: stopped
