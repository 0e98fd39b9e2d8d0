#!/bin/sh
# Takes docs/images/workbench.png: the workbench under Xvfb on a copy of the seed example in which
# one point lacks its tier-3 criterion (an error marker), with the role file open, the caret on the
# point (the outline follows it) and the Problems view's errors expanded.
# Needs the product (./mvnw -B -ntp package -DskipTests) and Debian's xvfb, imagemagick and xdotool.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
mkdir -p "$work/ai-competency-model"
cp "$here"/examples/ai-competency-model/*.norm "$work/ai-competency-model/"
# the seed example with one criterion missing: [tier-coverage] on point core-product (line 10)
sed -i '/criterion 3 "Sets the vision, strategy and multi-release roadmap/d' "$work/ai-competency-model/01-aipm.norm"
out="$here/docs/images/workbench.png"
mkdir -p "$(dirname "$out")"
Xvfb :71 -screen 0 1280x800x24 -nolisten tcp > /dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
export DISPLAY=:71
NORMATIVE_WORKBENCH_HOME="$work/home" "$here/normative-workbench" "$work/ai-competency-model/01-aipm.norm" > "$work/workbench.log" 2>&1 &
workbench=$!
sleep "${WAIT_SECONDS:-40}"
window=$(xdotool search --onlyvisible --name "01-aipm.norm" | head -n 1)
xdotool windowsize "$window" 1280 800
sleep 2
xdotool mousemove 295 668 click 1   # Problems: expand "Errors"
sleep 1
xdotool mousemove 470 257 click 1   # the caret on point core-product
xdotool mousemove 140 450           # the mouse away from the text (no hover over the editor)
sleep 3
import -window root -strip -colors 128 PNG8:"$out"
kill "$workbench"
wait "$workbench" || true
ls -l "$out"
