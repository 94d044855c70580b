# A --duration that is not a positive number of seconds is refused before anything runs.
cmd: ./bpfscope --duration 0 -e 'BEGIN { exit(); }'
exit: 1
stdout-empty
stderr: bpfscope: error: invalid --duration '0' (want seconds, e.g. 10 or 0.5)
