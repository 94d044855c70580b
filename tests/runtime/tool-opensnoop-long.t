# bpfscope opensnoop prints a 200-character path whole (a failed open by cat of a unique long name).
cmd: n=opensnoop-long-$(printf 'x%.0s' $(seq 180)); ./bpfscope opensnoop -n cat --cmd "cat /tmp/$n" 2>/dev/null | grep -c -- "-1   2 /tmp/$n\$"
stdout: 1
