# buf(p, n) with a run-time n keeps n bytes (at most its capacity) and %r prints only those; a
# smaller buf() stored in a variable of a larger one keeps its length, and so does a map key.
cmd: ./bpfscope -e 'BEGIN { $n = 3; printf("[%r] [%r] [%r]\n", buf("abcdef", $n), buf("abcdef", 2), buf("abcdef", $n - 3)); $b = buf("abcdefgh", 3); $b = buf("abcdefghijklmnop", 12); printf("[%r]\n", $b); $b = buf("xyz", 2); printf("[%r]\n", $b); @[buf("xyz", $n - 1)] = count(); exit(); }'
stdout: [abc] [ab] []
stdout: [abcdefghijkl]
stdout: [xy]
stdout:
stdout:
stdout: @[xy]: 1
