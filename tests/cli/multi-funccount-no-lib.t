# funccount: a library that cannot be found is named, with a caret under it.
cmd: ./bpfscope funccount 'nosuchlibxyz:foo*'
exit: 1
stdout-empty
stderr-re: ^bpfscope funccount: error: cannot find library or program 'nosuchlibxyz'
stderr-re: ^    \^~~~~~~~~~~~$
