cmd: ./bpfscope --check --color=sometimes -e 'BEGIN { exit(); }'
exit: 1
stderr: bpfscope: error: invalid --color value 'sometimes' (valid: auto, always, never)
