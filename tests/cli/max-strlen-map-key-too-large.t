# A string map key over 512 bytes is refused when compiling: a BPF hash map's keys are at most 512 bytes.
cmd: ./bpfscope --check -d bpf -e 'config = { max_strlen = 1024 } BEGIN { @[str(0)] = 1; }' >/dev/null
exit: 1
stderr-re: error: map '@' has keys of 1024 bytes, more than the 512 a BPF hash map takes \(max_strlen is 1024\)
