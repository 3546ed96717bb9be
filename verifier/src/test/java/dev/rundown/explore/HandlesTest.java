package dev.rundown.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.engine.Budget;
import dev.rundown.engine.CheckRequest;
import dev.rundown.engine.EngineResult;
import dev.rundown.engine.ProgressListener;
import dev.rundown.engine.PropertyResult;
import dev.rundown.engine.Verdict;
import dev.rundown.ir.Model;
import dev.rundown.semantics.HandlesModel;
import dev.rundown.semantics.Interpreter;
import dev.rundown.semantics.TraceValidator;
import dev.rundown.trace.Trace;
import dev.rundown.trace.TraceStep;
import dev.rundown.value.Value;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark model at pinned bounds: state counts with and without symmetry, and the seeded bug. */
class HandlesTest {
  private static final Model HANDLES = HandlesModel.build(false);
  private static final Model BUGGY = HandlesModel.build(true);

  static EngineResult check(Model model, int n, boolean symmetry, boolean exact) {
    return new ExplicitEngine()
        .check(new CheckRequest(model, HandlesModel.bounds(n), symmetry, exact, Budget.UNLIMITED),
            ProgressListener.NONE);
  }

  static Verdict verdict(EngineResult r, String property) {
    return r.properties().stream().filter(p -> p.property().equals(property)).findFirst().orElseThrow().verdict();
  }

  @ParameterizedTest
  @CsvSource({"2, false, 576", "2, true, 300", "3, false, 13824", "3, true, 2600", "4, false, 331776",
      "4, true, 17550"})
  void pinnedStateCounts(int n, boolean symmetry, long states) {
    EngineResult r = check(HANDLES, n, symmetry, false);
    assertEquals(states, r.stats().states());
    assertTrue(r.stopped().isEmpty());
    for (PropertyResult p : r.properties()) {
      assertEquals(Verdict.HOLDS, p.verdict(), p.property());
    }
  }

  @ParameterizedTest
  @CsvSource({"2, false", "2, true", "3, false", "3, true"})
  void exactModeCountsTheSameWithoutCollisions(int n, boolean symmetry) {
    EngineResult fingerprints = check(HANDLES, n, symmetry, false);
    EngineResult exact = check(HANDLES, n, symmetry, true);
    assertEquals(fingerprints.stats().states(), exact.stats().states());
    assertEquals(fingerprints.stats().transitions(), exact.stats().transitions());
    assertEquals(0, exact.stats().collisions());
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void closeTooEarlyHasTheFourStepCounterexample(boolean symmetry) {
    EngineResult r = check(BUGGY, 3, symmetry, false);
    PropertyResult p = r.properties().get(BUGGY.propertyIndex("ClosedHasNoOutstandingIo"));
    assertEquals(Verdict.VIOLATED, p.verdict());
    Trace trace = p.trace().orElseThrow();
    assertEquals(
        List.of("open", "send", "cleanup", "close"),
        trace.steps().stream().map(s -> s.call().action()).collect(Collectors.toList()));
    List<Value> handle = trace.steps().get(0).call().args();
    for (TraceStep step : trace.steps()) {
      assertEquals(handle, step.call().args());
    }
    assertTrue(TraceValidator.validate(Interpreter.compile(BUGGY, HandlesModel.bounds(3)), trace).valid());
    assertEquals(Verdict.VIOLATED, verdict(r, "WellDefined"));
    assertEquals(Verdict.HOLDS, verdict(r, "NoHang"));
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void symmetryKeepsVerdicts(int n) {
    for (Model model : List.of(HANDLES, BUGGY)) {
      EngineResult off = check(model, n, false, false);
      EngineResult on = check(model, n, true, false);
      for (int i = 0; i < off.properties().size(); i++) {
        assertEquals(off.properties().get(i).verdict(), on.properties().get(i).verdict());
        assertEquals(
            off.properties().get(i).trace().map(Trace::length), on.properties().get(i).trace().map(Trace::length));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void manyHandlesNeedSeveralWordsAndStillGiveTheShortTrace(boolean symmetry) {
    EngineResult r = new ExplicitEngine().check(
        new CheckRequest(BUGGY, HandlesModel.bounds(12), symmetry, false,
            new Budget(30_000, java.time.Duration.ofDays(1), 0)),
        ProgressListener.NONE);
    assertEquals(30_000, r.stats().states());
    PropertyResult p = r.properties().get(BUGGY.propertyIndex("ClosedHasNoOutstandingIo"));
    assertEquals(Verdict.VIOLATED, p.verdict());
    assertEquals(4, p.trace().orElseThrow().length());
    assertEquals(Verdict.INCONCLUSIVE, verdict(r, "NoHang"));
  }
}
