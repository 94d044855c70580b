# The live heat maps' programs, shown with --print (no root needed).
cmd: ./bpfscope heat block --print -p 42 -d 5
stdout: tracepoint:block:block_rq_issue /pid == 42/
stdout: {
stdout: 	@issued[args.dev, args.sector] = nsecs;
stdout: }
stdout: tracepoint:block:block_rq_complete
stdout: {
stdout: 	$s = @issued[args.dev, args.sector];
stdout: 	if ($s) {
stdout: 		printf("%llu %llu\n", nsecs, (nsecs - $s) / 1000);
stdout: 		delete(@issued[args.dev, args.sector]);
stdout: 	}
stdout: }
stdout: interval:s:5
stdout: {
stdout: 	exit();
stdout: }
stdout: END
stdout: {
stdout: 	clear(@issued);
stdout: }
stderr-empty
