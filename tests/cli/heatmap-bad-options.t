# Option errors, one per command.
cmd: for o in '--time-unit min' '--step 0' '--rows 0' '--max -1' '--rows 5 --log-y' '--bogus' '--width' 'a b'; do ./bpfscope heatmap $o </dev/null; echo "exit $?"; done
stdout: exit 1
stdout: exit 1
stdout: exit 1
stdout: exit 1
stdout: exit 1
stdout: exit 1
stdout: exit 1
stdout: exit 1
stderr: bpfscope heatmap: --time-unit is s, ms, us or ns, not 'min' (see bpfscope heatmap --help)
stderr: bpfscope heatmap: --step needs a positive number of seconds, not '0' (see bpfscope heatmap --help)
stderr: bpfscope heatmap: --rows needs a number from 1 to 10000, not '0' (see bpfscope heatmap --help)
stderr: bpfscope heatmap: --max needs a positive latency, not '-1' (see bpfscope heatmap --help)
stderr: bpfscope heatmap: --rows and --log-y do not go together: power-of-two rows follow the data (see bpfscope heatmap --help)
stderr: bpfscope heatmap: unknown option '--bogus' (see bpfscope heatmap --help)
stderr: bpfscope heatmap: --width needs a value (see bpfscope heatmap --help)
stderr: bpfscope heatmap: unexpected argument 'b' (see bpfscope heatmap --help)
