#!/usr/bin/env bash
# Compares the parser of two builds on the benchmark corpus, interleaved in one JVM (InterleavedAb): each jar in a
# class loader of its own, taking turns in 200 ms slices, so that other work on the machine slows both alike.
# Prints summaries per second of the thread's CPU time and bytes allocated per summary for each, and NEW / OLD.
# A jar is a build's CLI jar (examples/target/leadership-interviews.jar) or benchmarks.jar; copy the old one
# aside before rebuilding. Build first: ./mvnw -q -B package -DskipTests
# Usage: benchmarks/ab.sh OLD.jar NEW.jar [SECONDS [WARM_UP_SECONDS]]   (default 180 s, the first 60 s not counted:
# the JIT compiles both parsers meanwhile, which takes longer than one on 2 cores)
set -euo pipefail
[[ $# -ge 2 ]] || { echo "usage: $0 OLD.jar NEW.jar [SECONDS [WARM_UP_SECONDS]]" >&2; exit 2; }
bench="$(cd "$(dirname "$0")" && pwd)/target/benchmarks.jar"
[[ -f $bench ]] || { echo "missing $bench: build first with ./mvnw -q -B package -DskipTests" >&2; exit 2; }
for jar in "$1" "$2"; do
  [[ -f $jar ]] || { echo "missing $jar" >&2; exit 2; }
done
echo "Load average (1, 5, 15 min) before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
java -cp "$bench" io.github.leadershipinterviews.benchmarks.InterleavedAb "${3:-180}" "${4:-60}" "$1" "$2"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
