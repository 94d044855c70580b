# A keyed sum() read in the kernel: the condition sees the whole sum, and a missing key reads 0.
cmd: ./bpfscope -e 'BEGIN { @s["a"] = sum(5); @s["a"] = sum(6); if (@s["a"] == 11 && @s["b"] == 0) { printf("ok\n"); } clear(@s); exit(); }'
stdout: ok
stdout:
stdout:
