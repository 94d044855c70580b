# A program with printf, maps, hist and stats prints valid JSON lines only.
cmd: ./bpfscope -f json -e 'BEGIN { printf("p\n"); @c = count(); @h = hist(5); @s = stats(3); @m["k", 2] = 4; print((1, "a")); exit(); }' 2>&1
json-valid
stdout-lines: 7
