# software:page-faults from the -c child.
cmd: ./bpfscope -e 'software:page-faults:1 /pid == cpid/ { @ = count(); }' -c /bin/true
stdout-re: ^@: [1-9][0-9]*$
