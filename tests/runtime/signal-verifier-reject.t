# A program the verifier rejects (a loop too long to verify, about 5 s of kernel time):
# exit 1, a reason on stderr, nothing on stdout, and no leftovers.
cmd: tests/lib/no-leftovers -- ./bpfscope -e 'BEGIN { $i = 0; while ($i < 100000000) { @m[$i] = $i; $i++; } exit(); }'
exit: 1
stdout-empty
stderr-re: .
