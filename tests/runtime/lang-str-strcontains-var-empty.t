# An empty needle is in every string, the empty one too.
cmd: ./bpfscope -e 'BEGIN { $e = ""; printf("%d %d\n", strcontains("abc", $e), strcontains($e, $e)); exit(); }'
stdout: 1 1
stdout:
stdout:
