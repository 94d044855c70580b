# -c with a missing program fails with a message.
cmd: ./bpfscope -e 'BEGIN { }' -c /nonexistent/program
exit: 1
stderr-re: /nonexistent/program
