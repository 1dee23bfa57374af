package io.github.leadershipinterviews.parse;

import java.util.List;
import java.util.function.ToIntFunction;

/** Binary search over lists kept in order of an offset (spans, passages, labels). */
final class Sorted {
  private Sorted() {}

  /** How many elements of {@code sorted} (ascending by {@code key}) have a key below {@code bound}. */
  static <T> int countBelow(List<T> sorted, ToIntFunction<T> key, int bound) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (key.applyAsInt(sorted.get(mid)) < bound) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
