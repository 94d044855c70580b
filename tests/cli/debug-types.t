# -d types prints each expression with the type the type pass gave it.
cmd: ./bpfscope --check -d types -e 'begin { $x = pid + 1; @s[comm] = sum($x); }'
exit: 0
stdout-re: ^1:14 binary \+ : int64$
stdout-re: ^1:26 ident comm : string\[16\]$
stdout-re: ^1:34 call sum : sum\(int64\)$
