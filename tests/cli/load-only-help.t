# --help documents --load-only.
cmd: ./bpfscope --help
stdout-re: ^      --load-only       create the maps and load every program into the$
stderr-empty
