# --html writes a page with the frames as JSON and the canvas renderer.
cmd: ./bpfscope flamegraph --html --title 'CPU <test>' tests/flame/default.folded
stdout-re: ^<!DOCTYPE html>$
stdout-re: ^<title>CPU &lt;test&gt;</title>$
stdout-re: ^"names": \["all","app","main","init",
stdout-re: ^"frames": \[0,0,89,0,[0-9]+,1,0,83,1,
stdout-re: window\.flamegraph = \{
stderr-empty
