#!/usr/bin/env bash
# Measures the command-line tool over COUNT summaries (default 10,000) with 1 and then 2 threads: summaries per
# second and the 2-thread / 1-thread rate ratio (goal >= 1.6), three ways:
#   - as a user sees it: the whole run, JVM start-up and JIT warm-up included;
#   - without start-up: less the time of a run over one summary;
#   - steady state: the rate of the last MEASURED_PASSES x COUNT summaries (default 4) of a run over the folder
#     given WARM_PASSES + MEASURED_PASSES times (default 4 + 4), timed within that run as its lines arrive
#     (LineClock), once the JIT has compiled the parser (it works on it for ~20 s on 2 cores: 40,000 summaries).
# Also the CPU time each run used and how many processors that kept busy: while the JIT compiles, even a
# 1-thread run keeps more than one busy, so on 2 processors a second parsing thread has less than a processor
# left. Flat memory: peak RSS over a fifth of COUNT beside the one over COUNT, and whether COUNT summaries still
# go through with a 64 MB heap. Times are the best of 2 runs (3 for start-up, 1 for the steady state). Other work
# on the machine slows every figure down and the 2-thread ones most: the load average is printed.
# Build first: ./mvnw -q -B package -DskipTests        Usage: benchmarks/cli-throughput.sh [COUNT]
# CLI_JAR=path/to/leadership-interviews.jar measures another build of the tool.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cli="${CLI_JAR:-$root/examples/target/leadership-interviews.jar}"
bench="$root/benchmarks/target/benchmarks.jar"
count="${1:-10000}"
# Steady state: passes over the folder to warm up (JIT) and then to measure; WARM_PASSES=... overrides.
WARM_PASSES="${WARM_PASSES:-4}"
MEASURED_PASSES="${MEASURED_PASSES:-4}"
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

# run THREADS DIR [JVM OPTION...]: prints "SECONDS PEAK_RSS_KB COMPLETE CPU_SECONDS" for one run of the CLI over
# DIR, COMPLETE being yes when it exited 0 with one JSON line per input.
run() {
  local threads=$1 dir=$2 status=0 start end lines inputs
  shift 2
  rm -f "$work/time"
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
  local rss=0 cpu=0
  if [[ -f $work/time ]]; then
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time")
    cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ { s += $2 } END { print s + 0 }' "$work/time")
  fi
  awk -v ns=$((end - start)) -v rss="$rss" -v c="$complete" -v cpu="$cpu" \
    'BEGIN { printf "%.3f %d %s %.2f\n", ns / 1e9, rss, c, cpu }'
}

# steady THREADS: prints "SUMMARIES_PER_SECOND COMPLETE" for the summaries after the first WARM_PASSES * COUNT
# of a run over the input folder named WARM_PASSES + MEASURED_PASSES times, timed by LineClock as the lines
# arrive. On 2 processors the JIT compiler keeps one of them busy for the first ~20 s of a run (tens of thousands
# of summaries), so only the passes after that show what a second parse thread adds.
steady() {
  local status=0 passes=$((WARM_PASSES + MEASURED_PASSES)) folders=()
  for _ in $(seq "$passes"); do folders+=("$work/in"); done
  java -jar "$cli" parse --threads "$1" "${folders[@]}" 2> "$work/err" \
    | java -cp "$bench" io.github.leadershipinterviews.benchmarks.LineClock $((WARM_PASSES * count)) \
    > "$work/clock" || status=$?
  local lines seconds
  read -r lines _ seconds < "$work/clock"
  local complete=yes
  if [[ $status -ne 0 || $lines -ne $((passes * count)) ]]; then
    complete=no
    echo "note: exit status $status, $lines JSON lines for $((passes * count)) inputs;" \
      "stderr ends: $(tail -n 1 "$work/err")" >&2
  fi
  awk -v n=$((lines - WARM_PASSES * count)) -v s="$seconds" -v c="$complete" 'BEGIN { printf "%.1f %s\n", n / s, c }'
}

# best TIMES THREADS DIR: the fastest of TIMES runs (other work on the machine only ever slows a run down).
best() {
  local times=$1
  shift
  for _ in $(seq "$times"); do run "$@"; done | sort -n | head -n 1
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
best 3 1 "$work/one" > "$work/run0"
best 2 1 "$work/in" > "$work/run1"
best 2 2 "$work/in" > "$work/run2"
steady 1 > "$work/steady1"
steady 2 > "$work/steady2"
run 1 "$work/small" > "$work/runs"
run 2 "$work/in" -Xmx64m > "$work/runh"
read -r t0 _ _ _ < "$work/run0"
read -r t1 rss1 c1 cpu1 < "$work/run1"
read -r t2 rss2 c2 cpu2 < "$work/run2"
read -r s1 cs1 < "$work/steady1"
read -r s2 cs2 < "$work/steady2"
read -r _ rsss _ _ < "$work/runs"
read -r _ _ ch _ < "$work/runh"
awk -v n="$count" -v b="$(cat "$work/bytes")" -v t0="$t0" -v t1="$t1" -v t2="$t2" -v r1="$rss1" -v r2="$rss2" \
    -v c1="$c1" -v c2="$c2" -v ns=$((count / 5)) -v rs="$rsss" -v ch="$ch" -v cpus="$(nproc)" \
    -v cpu1="$cpu1" -v cpu2="$cpu2" -v s1="$s1" -v s2="$s2" -v cs1="$cs1" -v cs2="$cs2" \
    -v wp="$WARM_PASSES" -v mp="$MEASURED_PASSES" -v load="$load_before" -v load_after="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)" 'BEGIN {
  printf "CLI over %d summaries (%.1f MB), %d processors; start-up (one summary) %.2f s\n", n, b / 1e6, cpus, t0
  row = "  %s: %6.2f s  %6.0f summaries/s  (%6.0f without start-up)"
  row = row "  CPU %5.1f s (%.1f processors busy)  peak RSS %4d MB  complete: %s\n"
  printf row, "1 thread ", t1, n / t1, n / (t1 - t0), cpu1, cpu1 / t1, r1 / 1024, c1
  printf row, "2 threads", t2, n / t2, n / (t2 - t0), cpu2, cpu2 / t2, r2 / 1024, c2
  printf "  steady state, the last %d of %d summaries: 1 thread %6.0f summaries/s, 2 threads %6.0f summaries/s",
         mp * n, (wp + mp) * n, s1, s2
  printf "  complete: %s %s\n", cs1, cs2
  printf "  rate ratio 2 vs 1 thread: %.2f as a user sees it, %.2f without start-up, %.2f in steady state",
         t1 / t2, (t1 - t0) / (t2 - t0), s2 / s1
  printf "; goal >= 1.6\n"
  printf "  flat memory: peak RSS %d MB over %d summaries vs %d MB over %d; all %d with -Xmx64m: %s\n",
         rs / 1024, ns, r1 / 1024, n, n, ch
  printf "  load average (1, 5, 15 min) before: %s; after: %s\n", load, load_after
}'
