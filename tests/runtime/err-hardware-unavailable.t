# hardware: events fail with a message on a machine without hardware counters.
cmd: ./bpfscope -e 'hardware:cycles:1000000 { }'
skip-unless: ! test -e /sys/bus/event_source/devices/cpu/events/cycles
exit: 1
stdout-empty
stderr-re: cycles|hardware
