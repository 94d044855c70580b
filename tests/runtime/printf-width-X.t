# printf [%6X] with 48879.
cmd: ./bpfscope -e 'BEGIN { printf("[%6X]\n", 48879); exit(); }'
stdout: [  BEEF]
stdout:
stdout:
