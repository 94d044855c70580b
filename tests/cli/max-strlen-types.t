# max_strlen sizes str(), string casts and tracepoint strings; buf() stops at 255 bytes (its length is one byte).
cmd: ./bpfscope --check -d types -e 'config = { max_strlen = 256 } BEGIN { $s = str(0); $b = buf(0, 300); $c = (string)$s; $p = probe; }'
exit: 0
stdout-re: ^1:44 call str : string\[256\]$
stdout-re: ^1:57 call buf : buffer\[255\]$
stdout-re: ^1:75 cast : string\[256\]$
stdout-re: ^1:92 ident probe : string\[256\]$
