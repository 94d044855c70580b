# A binary that is nowhere to be found is an error saying where it was looked for.
cmd: ./bpfscope -e 'uprobe:no_such_binary_xyz:main { }'
exit: 1
stdout-empty
stderr-re: error: uprobe: binary 'no_such_binary_xyz' not found \(looked in \$PATH, /etc/ld.so.cache and the library directories\)
