package dev.rundown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rundown.diag.Diagnostic;
import dev.rundown.diag.DiagnosticCode;
import dev.rundown.engine.EngineResult;
import dev.rundown.engine.PropertyResult;
import dev.rundown.engine.Stats;
import dev.rundown.engine.Verdict;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Expectation;
import dev.rundown.ir.Model;
import dev.rundown.ir.PropertyKind;
import dev.rundown.pipeline.ModelRun;
import dev.rundown.pipeline.PropertyOutcome;
import dev.rundown.pipeline.VerifyResult;
import dev.rundown.source.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExitCodeTest {
  private static final Model MODEL =
      new Model("M", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Span.NONE);

  /** A run with one property per verdict given; {@code expect} applies to the first ("P0"). */
  private static ModelRun run(Optional<Boolean> expect, Verdict... verdicts) {
    List<PropertyOutcome> outcomes = new java.util.ArrayList<>();
    for (int i = 0; i < verdicts.length; i++) {
      PropertyResult result = new PropertyResult("P" + i, PropertyKind.INVARIANT, verdicts[i], List.of(), Optional.empty());
      Optional<Expectation> expectation =
          i == 0 ? expect.map(h -> new Expectation("P0", h, Span.NONE)) : Optional.empty();
      outcomes.add(PropertyOutcome.of(result, expectation));
    }
    EngineResult engine = new EngineResult(List.of(), new Stats(1, 0, 0, 0, 0, 0), Optional.empty());
    return new ModelRun("m", MODEL, Bounds.of(Map.of()), "explicit", true, engine, outcomes);
  }

  private static ExitCode exit(List<Diagnostic> diagnostics, ModelRun... runs) {
    return ExitCode.of(new VerifyResult(diagnostics, List.of(runs)));
  }

  @Test
  void followsTheContract() {
    Optional<Boolean> none = Optional.empty();
    assertEquals(ExitCode.OK, exit(List.of(), run(none, Verdict.HOLDS, Verdict.HOLDS)));
    assertEquals(ExitCode.OK, exit(List.of(), run(Optional.of(false), Verdict.VIOLATED)));
    assertEquals(ExitCode.VIOLATION, exit(List.of(), run(none, Verdict.HOLDS, Verdict.VIOLATED)));
    assertEquals(ExitCode.VIOLATION, exit(List.of(), run(Optional.of(false), Verdict.HOLDS)));
    assertEquals(ExitCode.VIOLATION, exit(List.of(), run(Optional.of(true), Verdict.VIOLATED)));
    assertEquals(ExitCode.INCONCLUSIVE, exit(List.of(), run(Optional.of(true), Verdict.INCONCLUSIVE)));
    // A violation found before the budget ran out is met; the undecided rest makes the run inconclusive.
    assertEquals(ExitCode.INCONCLUSIVE, exit(List.of(), run(Optional.of(false), Verdict.VIOLATED, Verdict.INCONCLUSIVE)));
    // Precedence with several models: usage over violation over inconclusive.
    assertEquals(
        ExitCode.VIOLATION,
        exit(List.of(), run(none, Verdict.INCONCLUSIVE), run(none, Verdict.VIOLATED)));
    Diagnostic error = Diagnostic.error(DiagnosticCode.RD104, Span.NONE, "x");
    assertEquals(ExitCode.USAGE, exit(List.of(error), run(none, Verdict.VIOLATED)));
    Diagnostic warning = Diagnostic.warning(DiagnosticCode.RD104, Span.NONE, "x");
    assertEquals(ExitCode.OK, exit(List.of(warning), run(none, Verdict.HOLDS)));
  }

  @Test
  void codesAreTheDocumentedNumbers() {
    assertEquals(List.of(0, 1, 2, 3, 70), java.util.Arrays.stream(ExitCode.values()).map(ExitCode::code).collect(java.util.stream.Collectors.toList()));
  }
}
