# dcsnoop's programs (lookup_fast with struct nameidata from BTF, d_lookup and its return) pass the verifier, though they cannot be attached here.
cmd: ./bpfscope --load-only tools/dcsnoop.bt -- --all
stderr-re: ^5 programs loaded, nothing attached$
