# argdist -H 't:block:block_rq_issue():u32:args.bytes' with a filter on the issuing command: a 64 KiB write with fsync by a renamed dd lands in the 65536 -> 131071 row of bcc's histogram layout.
cmd: cp /bin/dd $TEST_TMP/admark-dd && ./bpfscope argdist -n 1 -H 't:block:block_rq_issue():u32:args.bytes:STRCMP("admark-dd", args.comm)' --cmd "$TEST_TMP/admark-dd if=/dev/zero of=$TEST_TMP/f bs=64k count=1 conv=fsync status=none" 2>/dev/null
stdout-re: ^\[[0-9]{2}:[0-9]{2}:[0-9]{2}\]$
stdout-re: ^t:block:block_rq_issue\(\):u32:args.bytes:STRCMP\("admark-dd", args.comm\)$
stdout-re: ^     args.bytes          : count     distribution$
stdout-re: ^     65536 -> 131071     : [1-9][0-9]* +\|\*+ *\|$
