#!/bin/sh
# Instructions per story, counted by valgrind's callgrind: a figure that, unlike a timing, does not
# move when the shared CI VM has a slow spell, so two builds can be compared to a fraction of a
# percent. node runs with --predictable (no background compilation), and the count is the
# difference between 20 and 10 passes over the public corpus, so start-up and warm-up cancel out.
# Takes about four minutes. Usage: bench/instructions.sh [dist/index.js]
set -e
entry=${1:-dist/index.js}
here=$(dirname "$0")
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null node --predictable "$here/passes.mjs" "$1" "$entry" 2>&1 |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
stories=$(node -e 'import("./bench/lib.mjs").then(({ pageSets }) => { const s = pageSets(); console.log((s.find(([n]) => n === "public corpus") ?? s[0])[1].length); })')
lo=$(count 10)
hi=$(count 20)
echo "$entry: $(( (hi - lo) / (10 * stories) )) instructions per story (callgrind, node --predictable, passes 10..20 over $stories pages)"
