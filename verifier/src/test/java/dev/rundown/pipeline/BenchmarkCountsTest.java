package dev.rundown.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.engine.Budget;
import dev.rundown.engine.PropertyResult;
import dev.rundown.engine.Verdict;
import dev.rundown.ir.Model;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins the state counts of the benchmark model as parsed from {@code models/bench/handles.rundown}: 24^N
 * without symmetry and C(N+23, N) with it, and the four-step shortest counterexample of its seeded bug.
 */
class BenchmarkCountsTest {
  private static final Path BENCH = Path.of(System.getProperty("rundown.repo", ".."), "models", "bench");

  private static ModelRun run(String file, int handles, boolean symmetry) {
    Driver driver = Driver.standard();
    Compilation compiled = driver.compile(BENCH.resolve(file));
    Model model = compiled.model().orElseThrow(() -> new AssertionError(compiled.diagnostics()));
    VerifyOptions options =
        new VerifyOptions(List.of(new BoundOverride("Handle", handles)), symmetry, false, Budget.UNLIMITED);
    return driver.run(file, model, options, p -> {});
  }

  @ParameterizedTest(name = "N={0}, symmetry {1}: {2} states")
  @CsvSource({
    "2, false, 576", "2, true, 300",
    "3, false, 13824", "3, true, 2600",
    "4, false, 331776", "4, true, 17550"
  })
  void handlesHasExactlyThePredictedStates(int handles, boolean symmetry, long states) {
    ModelRun run = run("handles.rundown", handles, symmetry);
    assertEquals(states, run.result().stats().states());
    assertTrue(run.result().properties().stream().allMatch(p -> p.verdict() == Verdict.HOLDS));
  }

  @ParameterizedTest(name = "symmetry {0}")
  @CsvSource({"false", "true"})
  void closeTooEarlyIsCaughtInFourSteps(boolean symmetry) {
    ModelRun run = run("handles-close-too-early.rundown", 3, symmetry);
    PropertyResult invariant =
        run.result().properties().stream()
            .filter(p -> p.property().equals("ClosedHasNoOutstandingIo"))
            .findFirst()
            .orElseThrow();
    assertEquals(Verdict.VIOLATED, invariant.verdict());
    List<String> actions =
        invariant.trace().orElseThrow().steps().stream().map(s -> s.call().action()).toList();
    assertEquals(List.of("open", "send", "cleanup", "close"), actions);
  }
}
