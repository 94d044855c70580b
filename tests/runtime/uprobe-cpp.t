# uprobe:BIN:cpp:NAME matches demangled C++ names, every overload of them; the probe is named as written.
cmd: set -o pipefail; D=$(mktemp -d /tmp/up.XXXX); g++ -O0 -fno-omit-frame-pointer -o $D/cf tests/fixtures/cppfuncs.cc && ./bpfscope -e 'uprobe:'$D'/cf:cpp:shapes::area { @[probe, arg0] = count(); }' -c "$D/cf 2 0" | sed "s|$D|D|"; rm -rf $D
stdout:
stdout:
stdout: @[uprobe:D/cf:cpp:shapes::area, 3]: 2
stdout: @[uprobe:D/cf:cpp:shapes::area, 5]: 2
