# -o FILE with -f json.
cmd: ./bpfscope -f json -o "$TEST_TMP/out" -e 'BEGIN { printf("a"); exit(); }' && cat "$TEST_TMP/out" 
json-valid
stdout-json: {"type": "printf", "data": "a"}
