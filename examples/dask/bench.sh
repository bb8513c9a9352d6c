#!/bin/sh
# Scale-out of the Dask example: examples/dask/run.py with 1 and 2 workers on
# the same input (test/cluster/make-input.mjs: RECORDS good records and
# clusters of bad lines, in FILES files, so FILES partitions), alternating,
# ROUNDS rounds; and, for reference, one `wirecopy --jobs 1` process over the
# same lines. Prints one line per run, with the partitions each worker took;
# records/s counts from the first task to the last result (the local
# cluster's start is shown apart). Each line ends with the CPU that other
# processes of the machine used meanwhile, in cores (from /proc/stat, less
# the run's own CPU time from GNU time), and the hypervisor's steal: a run
# with either above a few hundredths was disturbed.
#
#   npm run build
#   sh examples/dask/bench.sh 50000 10 3
#   sh examples/dask/bench.sh 500000 10 3
set -eu
RECORDS=${1:-50000}
FILES=${2:-10}
ROUNDS=${3:-3}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/wirecopy-dask-bench-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
node "$ROOT/test/cluster/make-input.mjs" "$WORK" --records "$RECORDS" --files "$FILES"
RECORDS_IN=$(grep -cv '^[[:space:]]*$' "$WORK/all.ndjson")
node -e 'const os=require("os");console.log(`Node ${process.version}, ${os.cpus()[0].model} x${os.cpus().length}`)'
/usr/bin/python3 -c 'import dask, distributed; print("dask", dask.__version__, "distributed", distributed.__version__)'

# Busy and steal jiffies of the whole machine.
cpu() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8, $9}' /proc/stat; }

# timed LABEL COMMAND...: runs it (exit 0 or 1) under GNU time and prints LABEL, wall and own CPU seconds, and the jiffies before and after.
timed() {
  label=$1
  shift
  before=$(cpu)
  /usr/bin/time -f "%e %U %S" -o "$WORK/time" "$@" >/dev/null || [ $? -eq 1 ]
  echo "$label $(tail -1 "$WORK/time") $before $(cpu) $(getconf CLK_TCK)"
}

# report LINE [SUMMARY]: the run's line, from timed's numbers (and run.py's summary).
report() {
  node -e '
    const [label, wall, user, sys, busy0, steal0, busy1, steal1, hz] = process.argv[1].split(" ");
    const others = ((busy1 - busy0) / hz - user - sys) / wall;
    const steal = (steal1 - steal0) / hz / wall;
    const load = `others ${Math.max(0, others).toFixed(2)} cores, steal ${steal.toFixed(2)}`;
    if (process.argv[3]) {
      const s = JSON.parse(require("fs").readFileSync(process.argv[3], "utf8"));
      const split = Object.values(s.per_worker).map((w) => w.partitions).join(" + ");
      console.log(`${label}: ${s.workers} worker(s), ${split} partitions: ${s.records} records in ${s.seconds.toFixed(2)} s, ` +
        `${Math.round(s.records_per_second)} records/s (${Number(wall).toFixed(2)} s with the cluster start; ${load})`);
    } else {
      console.log(`${label}: one wirecopy --jobs 1 process: ${Number(wall).toFixed(2)} s, ${Math.round(process.argv[2] / wall)} records/s (${load})`);
    }
  ' "$@"
}

round=1
while [ "$round" -le "$ROUNDS" ]; do
  for workers in 1 2; do
    rm -rf "$WORK/out"
    line=$(timed "round_$round" /usr/bin/python3 "$ROOT/examples/dask/run.py" "$WORK/parts" "$WORK/out" \
      --workers "$workers" --wirecopy "node $ROOT/dist/cli.js")
    report "$line" "$RECORDS_IN" "$WORK/out/summary.json"
  done
  line=$(timed "round_$round" sh -c 'exec node "$1" --input ndjson --quiet --jobs 1 < "$2"' sh "$ROOT/dist/cli.js" "$WORK/all.ndjson")
  report "$line" "$RECORDS_IN"
  round=$((round + 1))
done
