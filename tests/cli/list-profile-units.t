# profile and interval list their units only when named, as in bpftrace.
cmd: ./bpfscope -l 'profile:*'
stdout: profile:hz:
stdout: profile:ms:
stdout: profile:ns:
stdout: profile:s:
stdout: profile:us:
stderr-empty
