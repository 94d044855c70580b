# --cp keeps colours in a palette file: a second graph reuses them.
cmd: ./bpfscope flamegraph --cp --palfile $TEST_TMP/p.map tests/flame/default.folded >/dev/null && grep -c . $TEST_TMP/p.map && sed -i 's/^json_decode->.*/json_decode->rgb(1,2,3)/' $TEST_TMP/p.map && ./bpfscope flamegraph --cp --palfile $TEST_TMP/p.map tests/flame/default.folded | grep -o '<title>json_decode .*fill="[^"]*"' | sed 's/.*fill=//'
stdout: 20
stdout: "rgb(1,2,3)"
stderr-empty
