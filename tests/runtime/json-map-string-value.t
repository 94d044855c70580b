# A string map value with a newline.
cmd: ./bpfscope -f json -e 'BEGIN { @s = "a b \n d e"; exit(); }'
json-valid
stdout-json: {"type": "map", "data": {"@s": "a b \n d e"}}
