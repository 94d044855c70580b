# No leftovers after SIGINT with perf events on every CPU.
cmd: tests/lib/no-leftovers -s INT -- ./bpfscope -e 'profile:hz:99 { @ = count(); } software:cpu-clock:1000000 { @c = count(); }'
stdout-re: ^@c?: 
