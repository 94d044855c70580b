# ncpus is the number of possible CPUs.
cmd: n=$(./bpfscope -e 'BEGIN { printf("%d\n", ncpus); exit(); }' | head -n 1); p=$(python3 -c 'import os; print(os.cpu_count())'); echo $n; test "$n" -ge "$p" 
stdout-re: ^[1-9][0-9]*$
