# bpfscope writeback: dirty a file on a disk and syncfs it: a "sync" writeback pass of that disk's device shows up, with a duration in ms.
skip-unless: df "${TMPDIR:-/tmp}" | tail -1 | grep -q '^/dev/'
cmd: dev=$(stat -c '%Hd:%Ld' $TEST_TMP); f=$TEST_TMP/wb.dat; ./bpfscope writeback --cmd "sh -c 'dd if=/dev/zero of=$f bs=64k count=16 status=none; sync -f $f'" 2>/dev/null > $TEST_TMP/out; rm -f $f; head -1 $TEST_TMP/out; grep -qE "^[0-9]{2}:[0-9]{2}:[0-9]{2}  $dev +[0-9]+ +sync +[0-9]+\.[0-9]{3}$" $TEST_TMP/out && echo "sync pass of $dev" | sed "s/$dev/the disk/"
stdout: TIME      DEVICE   PAGES    REASON           ms
stdout: sync pass of the disk
