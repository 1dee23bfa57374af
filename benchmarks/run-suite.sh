#!/usr/bin/env bash
# Runs the whole JMH suite once with short settings that fit a small machine (a few minutes on 2 cores), then
# prints each target of issue 6 as a ratio with the absolute figures and the machine (Markdown, for the README).
# Build first: ./mvnw -q -B package -DskipTests
# Extra arguments go to JMH, e.g. a benchmark filter:  benchmarks/run-suite.sh 'ParseBenchmark|SentenceBenchmark'
set -euo pipefail
cd "$(dirname "$0")"
jar=target/benchmarks.jar
result=target/jmh-result.json
[[ -f $jar ]] || { echo "missing $jar: build first with ./mvnw -q -B package -DskipTests" >&2; exit 2; }
before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
java -jar "$jar" -f 1 -wi 2 -i 3 -w 1s -r 1s -prof gc -rf json -rff "$result" "$@"
echo
# Other work on the machine skews every figure: say how busy it was.
echo "Load average (1, 5, 15 min) before the run: $before; after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)."
java -cp "$jar" io.github.leadershipinterviews.benchmarks.TargetReport "$result"
