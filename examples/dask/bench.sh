#!/bin/sh
# Scale-out of the Dask example: examples/dask/run.py with 1 and 2 workers on
# the same input (test/cluster/make-input.mjs: RECORDS good records and
# clusters of bad lines, in FILES files, so FILES partitions), alternating,
# ROUNDS rounds; and, for reference, one `wirecopy --jobs 1` process over the
# same lines. Prints one line per run, with the partitions each worker took;
# records/s counts from the first task to the last result (the local
# cluster's start is shown apart).
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
node -e 'const os=require("os");console.log(`Node ${process.version}, ${os.cpus()[0].model} x${os.cpus().length}`)'
/usr/bin/python3 -c 'import dask, distributed; print("dask", dask.__version__, "distributed", distributed.__version__)'

round=1
while [ "$round" -le "$ROUNDS" ]; do
  for workers in 1 2; do
    rm -rf "$WORK/out"
    start=$(date +%s.%N)
    /usr/bin/python3 "$ROOT/examples/dask/run.py" "$WORK/parts" "$WORK/out" --workers "$workers" \
      --wirecopy "node $ROOT/dist/cli.js" >/dev/null || [ $? -eq 1 ]
    end=$(date +%s.%N)
    node -e '
      const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      const wall = Number(process.argv[3]) - Number(process.argv[2]);
      const split = Object.values(s.per_worker).map((w) => w.partitions).join(" + ");
      console.log(`round ${process.argv[4]}: ${s.workers} worker(s), ${split} partitions: ${s.records} records in ${s.seconds.toFixed(2)} s, ` +
        `${Math.round(s.records_per_second)} records/s (${wall.toFixed(2)} s with the cluster start)`);
    ' "$WORK/out/summary.json" "$start" "$end" "$round"
  done
  start=$(date +%s.%N)
  node "$ROOT/dist/cli.js" --input ndjson --quiet --jobs 1 < "$WORK/all.ndjson" >/dev/null || [ $? -eq 1 ]
  end=$(date +%s.%N)
  node -e 'const [s, e, n, r] = process.argv.slice(1).map(Number); console.log(`round ${r}: one wirecopy --jobs 1 process: ${(e - s).toFixed(2)} s, ${Math.round(n / (e - s))} records/s`)' \
    "$start" "$end" "$(grep -cv '^[[:space:]]*$' "$WORK/all.ndjson")" "$round"
  round=$((round + 1))
done
