# A background grandchild of -c that outlives the run holds no BPF object (fds are close-on-exec).
# The script lives 0.2 s so the 10 ms interval fires before it exits.
cmd: printf '#!/bin/sh\n/bin/sleep 2 >/dev/null 2>&1 &\n/bin/sleep 0.2\n' >"$TEST_TMP/orphan.sh" && chmod +x "$TEST_TMP/orphan.sh" && tests/lib/no-leftovers -- ./bpfscope -e 'interval:ms:10 { @ = count(); }' -c "$TEST_TMP/orphan.sh" 
stdout-re: ^@: 
