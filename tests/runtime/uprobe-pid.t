# With -p, a uprobe on a shared library sees only that process: the other perl's calls are not counted.
cmd: set -o pipefail; perl -e 'sleep 1; getppid for 1..5; sleep 1' & P=$!; perl -e 'select(undef,undef,undef,1.2); getppid for 1..7' & ./bpfscope -p $P -e 'uprobe:libc:getppid { @calls = count(); }' | cat; wait
stdout:
stdout:
stdout: @calls: 5
