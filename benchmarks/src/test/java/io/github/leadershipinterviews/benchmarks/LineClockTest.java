package io.github.leadershipinterviews.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineClockTest {

  @Test
  void countsEveryLineAndTimesTheOnesAfterTheMark() throws IOException {
    String report = LineClock.measure(input("{\"a\":1}\n{\"b\":2}\n{\"c\":3}\n"), 2);

    String[] fields = report.split(" ");
    assertThat(fields).hasSize(3);
    assertThat(fields[0]).isEqualTo("3");
    assertThat(Double.parseDouble(fields[1])).isNotNegative();
    assertThat(Double.parseDouble(fields[2])).isNotNegative();
  }

  @Test
  void saysNaNWhenFewerLinesThanTheMarkArrive() throws IOException {
    assertThat(LineClock.measure(input("one\ntwo\n"), 3)).isEqualTo("2 NaN NaN");
  }

  private static ByteArrayInputStream input(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
