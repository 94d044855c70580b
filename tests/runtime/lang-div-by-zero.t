# Division by a runtime zero gives 1 and a warning at the operator, as current bpftrace (0.17 printed 0, silently).
cmd: ./bpfscope -e 'BEGIN { $z = 0; $a = 7; printf("%d\n", $a / $z); exit(); }'
stdout: 1
stdout:
stdout:
stderr-re: ^stdin:1:40: WARNING: Divide or modulo by 0 detected\. This can lead to unexpected results\. 1 is being used as the result\.$
