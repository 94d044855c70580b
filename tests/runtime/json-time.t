# time() as {"type": "time"}.
cmd: ./bpfscope -f json -e 'BEGIN { time("%Y\n"); exit(); }'
json-valid
stdout-re: ^\{"type": "time", "data": "20[0-9]{2}\\n"\}$
