# An option the tool does not declare is refused with the tool's usage.
cmd: ./bpfscope opensnoop -z
exit: 1
stdout-empty
stderr: bpfscope opensnoop: unknown option '-z'
stderr: usage: bpfscope opensnoop [-p PID] [-n NAME] [-x] [-d SECS]
