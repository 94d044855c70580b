# Wildcards in provider and probe: each matching probe is attached (tick only fires in loop mode, sema only while attached); probe names the binary's full path.
skip-unless: echo "#include <sys/sdt.h>" | cc -E -x c - >/dev/null 2>&1
cmd: set -o pipefail; D=$(mktemp -d /tmp/ud.XXXX); cc -O1 -o $D/up tests/fixtures/usdt_prog.c tests/fixtures/usdt_sema.c && ./bpfscope -e 'usdt:'$D'/up:*:* { @[probe] = count(); }' -c "$D/up 3" | sed "s|$D|D|"; rm -rf $D
stdout:
stdout:
stdout: @[usdt:D/up:usdt_test:always]: 1
stdout: @[usdt:D/up:usdt_test:consts]: 1
stdout: @[usdt:D/up:usdt_test:name]: 1
stdout: @[usdt:D/up:usdt_test:regs]: 1
stdout: @[usdt:D/up:usdt_test:sema]: 1
stdout: @[usdt:D/up:usdt_test:stack]: 1
stderr: Attached 7 probes
