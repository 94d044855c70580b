# Diagnostics name the file and line as given on the command line.
cmd: cd "$TEST_TMP" && printf 'BEGIN {\n  exit(\n}\n' >bad.bt && "$OLDPWD/bpfscope" --check bad.bt
exit: 1
stdout-empty
stderr-re: ^bad\.bt:[23]:[0-9]+: error: 
