# A wildcard uprobe attaches to every matching function; probe names each one with the binary's full path.
cmd: set -o pipefail; D=$(mktemp -d /tmp/up.XXXX); cc -O1 -fno-omit-frame-pointer -fno-inline -o $D/sc tests/fixtures/stackchain.c && ./bpfscope -e 'uprobe:'$D'/sc:*_fn { @[probe] = count(); }' -c "$D/sc 1 0" | sed "s|$D|D|"; rm -rf $D
stdout:
stdout:
stdout: @[uprobe:D/sc:inner_fn]: 1
stdout: @[uprobe:D/sc:middle_fn]: 1
stdout: @[uprobe:D/sc:outer_fn]: 1
stderr: Attached 3 probes
