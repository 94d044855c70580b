# Control characters, backslash and quotes are escaped in JSON strings.
cmd: ./bpfscope -f json -e 'BEGIN { printf("test \r \n \t \\ \" bar"); exit(); }'
json-valid
stdout-json: {"type": "printf", "data": "test \r \n \t \\ \" bar"}
