# killsnoop -x shows only failed kills: kill -0 of a pid that does not exist gives -3 (ESRCH).
cmd: ./bpfscope killsnoop -x --cmd '/bin/kill -0 4194303' 2>/dev/null
stdout-re: [0-9]+ +kill +0    4194303 -3$
