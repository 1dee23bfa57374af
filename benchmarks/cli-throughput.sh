#!/usr/bin/env bash
# Measures the command-line tool over COUNT summaries (default 10,000) with 1 and then 2 threads: summaries per
# second, the 2-thread / 1-thread rate ratio (goal >= 1.6), with and without the JVM's start-up (a run over one
# summary), and peak RSS (from /usr/bin/time -v when present). Flat memory: peak RSS over a fifth of COUNT beside
# the one over COUNT, and whether COUNT summaries still go through with a 64 MB heap. Times are the best of 2 runs
# (3 for start-up).
# Build first: ./mvnw -q -B package -DskipTests        Usage: benchmarks/cli-throughput.sh [COUNT]
# CLI_JAR=path/to/leadership-interviews.jar measures another build of the tool.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cli="${CLI_JAR:-$root/examples/target/leadership-interviews.jar}"
bench="$root/benchmarks/target/benchmarks.jar"
count="${1:-10000}"
for jar in "$cli" "$bench"; do
  [[ -f $jar ]] || { echo "missing $jar: build first with ./mvnw -q -B package -DskipTests" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -cp "$bench" io.github.leadershipinterviews.benchmarks.CorpusFiles "$work/in" "$count" > "$work/bytes"
java -cp "$bench" io.github.leadershipinterviews.benchmarks.CorpusFiles "$work/small" $((count / 5)) > /dev/null
java -cp "$bench" io.github.leadershipinterviews.benchmarks.CorpusFiles "$work/one" 1 > /dev/null
if ! java -jar "$cli" parse --threads 1 "$work/one/summary-00001.txt" > /dev/null 2>&1; then
  echo "the CLI does not accept 'parse --threads N FILE' yet (issue 5): nothing measured" >&2
  exit 3
fi

# run THREADS DIR [JVM OPTION...]: prints "SECONDS PEAK_RSS_KB COMPLETE" for one run of the CLI over DIR,
# COMPLETE being yes when it exited 0 with one JSON line per input.
run() {
  local threads=$1 dir=$2 status=0 start end lines inputs
  shift 2
  start=$(date +%s%N)
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -v -o "$work/time" java "$@" -jar "$cli" parse --threads "$threads" "$dir" \
      > "$work/out.jsonl" 2> "$work/err" || status=$?
  else
    java "$@" -jar "$cli" parse --threads "$threads" "$dir" > "$work/out.jsonl" 2> "$work/err" || status=$?
  fi
  end=$(date +%s%N)
  lines=$(wc -l < "$work/out.jsonl")
  inputs=$(find "$dir" -name "*.txt" | wc -l)
  local complete=yes
  if [[ $status -ne 0 || $lines -ne $inputs ]]; then
    complete=no
    echo "note: exit status $status, $lines JSON lines for $inputs inputs; stderr ends: $(tail -n 1 "$work/err")" >&2
  fi
  local rss=0
  [[ -f $work/time ]] && rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time")
  awk -v ns=$((end - start)) -v rss="$rss" -v c="$complete" 'BEGIN { printf "%.3f %d %s\n", ns / 1e9, rss, c }'
}

# best TIMES THREADS DIR: the fastest of TIMES runs (other work on the machine only ever slows a run down).
best() {
  local times=$1
  shift
  for _ in $(seq "$times"); do run "$@"; done | sort -n | head -n 1
}

best 3 1 "$work/one" > "$work/run0"
best 2 1 "$work/in" > "$work/run1"
best 2 2 "$work/in" > "$work/run2"
run 1 "$work/small" > "$work/runs"
run 2 "$work/in" -Xmx64m > "$work/runh"
read -r t0 _ _ < "$work/run0"
read -r t1 rss1 c1 < "$work/run1"
read -r t2 rss2 c2 < "$work/run2"
read -r _ rsss _ < "$work/runs"
read -r _ _ ch < "$work/runh"
awk -v n="$count" -v b="$(cat "$work/bytes")" -v t0="$t0" -v t1="$t1" -v t2="$t2" -v r1="$rss1" -v r2="$rss2" \
    -v c1="$c1" -v c2="$c2" -v ns=$((count / 5)) -v rs="$rsss" -v ch="$ch" -v cpus="$(nproc)" 'BEGIN {
  printf "CLI over %d summaries (%.1f MB), %d processors; start-up (one summary) %.2f s\n", n, b / 1e6, cpus, t0
  printf "  1 thread : %6.2f s  %6.0f summaries/s  (%6.0f without start-up)  peak RSS %4d MB  complete: %s\n",
         t1, n / t1, n / (t1 - t0), r1 / 1024, c1
  printf "  2 threads: %6.2f s  %6.0f summaries/s  (%6.0f without start-up)  peak RSS %4d MB  complete: %s\n",
         t2, n / t2, n / (t2 - t0), r2 / 1024, c2
  printf "  rate ratio 2 vs 1 thread: %.2f (%.2f without start-up); goal >= 1.6\n", t1 / t2, (t1 - t0) / (t2 - t0)
  printf "  flat memory: peak RSS %d MB over %d summaries vs %d MB over %d; all %d with -Xmx64m: %s\n",
         rs / 1024, ns, r1 / 1024, n, n, ch
}'
