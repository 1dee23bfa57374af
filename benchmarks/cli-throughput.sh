#!/usr/bin/env bash
# Measures the command-line tool over COUNT summaries (default 10,000) with 1 and then 2 threads: summaries per
# second, the 2-thread / 1-thread rate ratio (goal >= 1.6), and peak RSS (from /usr/bin/time -v when present),
# plus the 1-thread peak RSS at a fifth of COUNT, to show whether memory stays flat.
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
first=summary-00001.txt   # CorpusFiles names them summary-00001.txt on
if ! java -jar "$cli" parse --threads 1 "$work/in/$first" > /dev/null 2>&1; then
  echo "the CLI does not accept 'parse --threads N FILE' yet (issue 5): nothing measured" >&2
  exit 3
fi

# run THREADS DIR: prints "SECONDS PEAK_RSS_KB" for one run of the CLI over DIR.
run() {
  local threads=$1 dir=$2 start end lines inputs
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -v -o "$work/time" java -jar "$cli" parse --threads "$threads" "$dir" > "$work/out.jsonl" 2> "$work/err"
  else
    start=$(date +%s%N)
    java -jar "$cli" parse --threads "$threads" "$dir" > "$work/out.jsonl" 2> "$work/err"
    end=$(date +%s%N)
  fi
  lines=$(wc -l < "$work/out.jsonl")
  inputs=$(find "$dir" -name "*.txt" | wc -l)
  [[ $lines -eq $inputs ]] || echo "warning: $lines JSON lines for $inputs inputs (see the CLI's stderr)" >&2
  if [[ -x /usr/bin/time ]]; then
    awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
                /Maximum resident set size/ { rss = $2 }
                END { printf "%.3f %d\n", s, rss }' "$work/time"
  else
    awk -v ns=$((end - start)) 'BEGIN { printf "%.3f 0\n", ns / 1e9 }'
  fi
}

run 1 "$work/in" > "$work/run1"
run 2 "$work/in" > "$work/run2"
run 1 "$work/small" > "$work/runs"
read -r t1 rss1 < "$work/run1"
read -r t2 rss2 < "$work/run2"
read -r _ rsss < "$work/runs"
bytes=$(cat "$work/bytes")
awk -v n="$count" -v b="$bytes" -v t1="$t1" -v t2="$t2" -v r1="$rss1" -v r2="$rss2" -v ns=$((count / 5)) -v rs="$rsss" \
    -v cpus="$(nproc)" 'BEGIN {
  printf "CLI over %d summaries (%.1f MB), %d processors:\n", n, b / 1e6, cpus
  printf "  1 thread : %7.2f s  %8.0f summaries/s  peak RSS %d MB\n", t1, n / t1, r1 / 1024
  printf "  2 threads: %7.2f s  %8.0f summaries/s  peak RSS %d MB\n", t2, n / t2, r2 / 1024
  printf "  rate ratio 2 vs 1 thread: %.2f (goal >= 1.6)\n", t1 / t2
  printf "  1 thread over %d summaries: peak RSS %d MB (flat memory: about the same as over %d)\n", ns, rs / 1024, n
}'
