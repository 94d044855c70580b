cmd: ./bpfscope --check -p 0 -e 'BEGIN { exit(); }'
exit: 1
stderr: bpfscope: error: invalid pid '0'
