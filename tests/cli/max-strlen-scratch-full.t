# A probe whose strings and records need more than the 32 KiB scratch value is refused when compiling.
cmd: ./bpfscope --check -d bpf -e 'config = { max_strlen = 1024 } BEGIN { printf("%s %s %s %s %s %s %s %s %s %s %s %s %s %s %s %s\n", str(0), str(0), str(0), str(0), str(0), str(0), str(0), str(0), str(0), str(0), str(0), str(0), str(0), str(0), str(0), str(0)); }' >/dev/null
exit: 1
stderr-re: error: this probe needs more than 32768 bytes of scratch memory for its strings and records \(max_strlen is 1024\): use fewer or shorter strings
