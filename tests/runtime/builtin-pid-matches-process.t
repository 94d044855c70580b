# pid in BEGIN is the pid of the bpfscope process.
cmd: bash -c 'echo $$; exec ./bpfscope -e "BEGIN { printf(\"%d\\n\", pid); exit(); }"' | sort -u | grep -c .
stdout: 1
