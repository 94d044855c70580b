# Short options combine as with getopt: "-mP" is "-m -P" and "-p42" is "-p 42" (shown through the usage error of a stray argument); an unknown letter in a cluster is named.
cmd: ./bpfscope runqlat -mPp42 1 2 x; ./bpfscope opensnoop -xz
exit: 1
stderr: bpfscope runqlat: unexpected argument 'x'
stderr: usage: bpfscope runqlat [-p PID] [-m] [-P] [-d SECS] [interval [count]]
stderr: bpfscope opensnoop: unknown option '-xz'
stderr: usage: bpfscope opensnoop [-p PID] [-n NAME] [-x] [-d SECS]
