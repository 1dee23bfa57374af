#!/usr/bin/env bash
# Runs the whole JMH suite once with the settings its classes declare, then prints each target of issue 6 as a
# ratio with the absolute figures and the machine (Markdown, for the README). 1 fork each. Warm-up is as long as
# the JIT needs: the whole parse is a lot of code, which the JIT compilers work on for 20 s and more on 2 cores, so
# ParseBenchmark warms up for 25 s and is measured in its steady state (check that JMH's measured iterations are
# flat); the sentence stage, OpenNLP and JSON warm up for 8 s; each of the 16 scaling cases warms up by parsing
# 16 MB of its own input (one parse at 16 MB, 4,096 at 4 KB), which compares sizes after an equal warm-up rather
# than at steady state. About 6 minutes on 2 cores (the parser's speed and other work on the machine move it).
# Build first: ./mvnw -q -B package -DskipTests
# Extra arguments go to JMH, e.g. a benchmark filter:  benchmarks/run-suite.sh 'ParseBenchmark|SentenceBenchmark'
set -euo pipefail
cd "$(dirname "$0")"
jar=target/benchmarks.jar
result=target/jmh-result.json
[[ -f $jar ]] || { echo "missing $jar: build first with ./mvnw -q -B package -DskipTests" >&2; exit 2; }
before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
started=$SECONDS
java -jar "$jar" -prof gc -rf json -rff "$result" "$@"
echo
echo "The suite took $(( (SECONDS - started) / 60 )) min $(( (SECONDS - started) % 60 )) s."
# Other work on the machine skews every figure: say how busy it was.
echo "Load average (1, 5, 15 min) before the run: $before; after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)."
java -cp "$jar" io.github.leadershipinterviews.benchmarks.TargetReport "$result"
