# A binary without USDT notes.
cmd: ./bpfscope -e 'usdt:/bin/sh:foo { exit(); }'
exit: 1
stdout-empty
stderr-re: ^stdin:1:1: error: usdt: /.*sh has no USDT probes \(no .note.stapsdt notes\)$
