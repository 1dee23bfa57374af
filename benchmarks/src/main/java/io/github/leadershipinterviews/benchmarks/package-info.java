/**
 * JMH benchmarks of the parser and the JSON module, each beside a reference measured in the same run, and the
 * inputs they share. Run them from the executable jar:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -i 3 -w 1s -r 1s -rf json -rff target/jmh.json
 * java -cp benchmarks/target/benchmarks.jar io.github.leadershipinterviews.benchmarks.TargetReport target/jmh.json
 * }</pre>
 *
 * <p>Not published: nothing here is a library API.
 */
package io.github.leadershipinterviews.benchmarks;
