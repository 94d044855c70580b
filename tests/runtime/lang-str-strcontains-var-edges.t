# A variable needle at the start and at the end of the haystack, and one longer than it.
cmd: ./bpfscope -e 'BEGIN { $h = "abcdef"; $a = "abc"; $b = "def"; $c = "abcdefg"; printf("%d %d %d\n", strcontains($h, $a), strcontains($h, $b), strcontains($h, $c)); exit(); }'
stdout: 1 1 0
stdout:
stdout:
