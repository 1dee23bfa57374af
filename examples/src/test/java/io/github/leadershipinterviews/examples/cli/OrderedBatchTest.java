package io.github.leadershipinterviews.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.leadershipinterviews.examples.cli.OrderedBatch.Outcome;
import io.github.leadershipinterviews.examples.cli.OrderedBatch.Totals;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedBatchTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
  private final AtomicInteger steps = new AtomicInteger();
  private final Progress progress = new Progress() {
    @Override
    void step() {
      steps.incrementAndGet();
    }

    @Override
    public void close() {}
  };

  @Test
  void writesInInputOrderWhateverOrderTheWorkFinishesIn() {
    List<Input> inputs = inputs(200);
    // later inputs tend to finish first: the work takes longer the earlier the input in each group of 8
    Function<Input, Outcome> work = input -> {
      sleep(8 - number(input) % 8);
      return number(input) % 50 == 7 ? failed(input) : parsed(input);
    };

    Totals totals = new OrderedBatch(work, 4).run(inputs, out, err, progress);

    List<String> expected = inputs.stream()
        .map(input -> number(input) % 50 == 7 ? "error " + input.source() : "line " + input.source()).toList();
    assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).isEqualTo(expected);
    assertThat(totals).isEqualTo(new Totals(196, 4));
    assertThat(steps).hasValue(200);
    assertThat(errBytes.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
        "leadership-interviews: in-7: broken", "leadership-interviews: in-57: broken",
        "leadership-interviews: in-107: broken", "leadership-interviews: in-157: broken");
  }

  @Test
  void aSlowInputHoldsBackAtMostTheWindowNotEveryInputAfterIt() throws Exception {
    int threads = 2;
    int window = OrderedBatch.IN_FLIGHT_PER_THREAD * threads;
    CountDownLatch firstMayFinish = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    Function<Input, Outcome> work = input -> {
      started.incrementAndGet();
      if (number(input) == 0) {
        await(firstMayFinish);
      }
      return parsed(input);
    };

    CompletableFuture<Totals> run =
        CompletableFuture.supplyAsync(() -> new OrderedBatch(work, threads).run(inputs(100), out, err, progress));
    waitUntil(() -> started.get() >= window);
    Thread.sleep(200);
    int startedWhileBlocked = started.get();
    firstMayFinish.countDown();

    assertThat(startedWhileBlocked).isEqualTo(window);
    assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(new Totals(100, 0));
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(100).startsWith("line in-0", "line in-1");
  }

  private static List<Input> inputs(int count) {
    List<Input> inputs = new ArrayList<>();
    IntStream.range(0, count).forEach(i -> inputs.add(Input.failed("in-" + i, "unused")));
    return inputs;
  }

  private static int number(Input input) {
    return Integer.parseInt(input.source().substring("in-".length()));
  }

  private static Outcome parsed(Input input) {
    return new Outcome(input, line("line " + input.source()), Optional.empty());
  }

  private static Outcome failed(Input input) {
    return new Outcome(input, line("error " + input.source()), Optional.of("broken"));
  }

  private static byte[] line(String text) {
    return (text + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static void sleep(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(condition.getAsBoolean()).as("condition reached within 30 s").isTrue();
  }
}
