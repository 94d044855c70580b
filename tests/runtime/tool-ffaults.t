# bpfscope ffaults: a program writing one byte to each of the 64 pages of a shared mapping of a new file (MADV_RANDOM: no read-ahead, one page per fault) takes 64 faults on that file.
skip-unless: command -v python3
cmd: ./bpfscope ffaults --cmd "python3 -c 'import mmap, sys; f = open(sys.argv[1], \"w+b\"); f.truncate(64 * 4096); m = mmap.mmap(f.fileno(), 64 * 4096); m.madvise(mmap.MADV_RANDOM); [m.__setitem__(i * 4096, 1) for i in range(64)]' $TEST_TMP/ffaults-marker.dat" 2>/dev/null
stdout-re: ^@\[ffaults-marker\.dat\]: 64$
stdout-re: ^@\[libc\.so\.6\]: [0-9]+$
