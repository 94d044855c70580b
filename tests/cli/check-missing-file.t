# An unreadable program file is one error line naming it and the errno text.
cmd: ./bpfscope --check /nonexistent/prog.bt
exit: 1
stdout-empty
stderr-lines: 1
stderr-re: ^bpfscope: error: .*/nonexistent/prog\.bt.*No such file or directory
