# Log colours by default, linear on request, and the legend says which.
cmd: for o in '' --linear-colors; do ./bpfscope heatmap $o tests/heatmap/bimodal.txt | grep -E -o 'data-scale="[a-z]+"|Colour: [^<]*'; done
stdout: data-scale="log"
stdout: Colour: events per cell, log scale (--linear-colors for linear)
stdout: data-scale="linear"
stdout: Colour: events per cell, linear scale (a small second mode may not show)
