package dev.rundown.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.diag.Diagnostic;
import dev.rundown.diag.DiagnosticCode;
import dev.rundown.engine.Budget;
import dev.rundown.engine.CheckRequest;
import dev.rundown.engine.Engine;
import dev.rundown.engine.EngineResult;
import dev.rundown.engine.ProgressListener;
import dev.rundown.engine.Stats;
import dev.rundown.engine.StopReason;
import dev.rundown.engine.Verdict;
import dev.rundown.ir.Model;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The driver's own logic on hand-built IR: bounds, options, expectation outcomes (no parser or engine). */
class DriverTest {
  /** An engine that records its requests and answers with fixed verdicts. */
  private static final class CannedEngine implements Engine {
    final List<CheckRequest> requests = new ArrayList<>();
    final List<Verdict> verdicts;
    final Optional<StopReason> stopped;

    CannedEngine(Optional<StopReason> stopped, Verdict... verdicts) {
      this.verdicts = List.of(verdicts);
      this.stopped = stopped;
    }

    @Override
    public String id() {
      return "canned";
    }

    @Override
    public EngineResult check(CheckRequest request, ProgressListener progress) {
      requests.add(request);
      List<String> names = List.of("Safe", "NoHang", "WellDefined");
      return new EngineResult(
          java.util.stream.IntStream.range(0, verdicts.size())
              .mapToObj(i -> Models.result(names.get(i), verdicts.get(i)))
              .collect(Collectors.toList()),
          new Stats(10, 20, 3, 0.5, 1 << 20, 0),
          stopped);
    }
  }

  private static Driver driver(Engine engine) {
    return new Driver(new SourceLoader(Path.of(""), FakeParser::parse), engine);
  }

  private static VerifyOptions options(BoundOverride... bounds) {
    return new VerifyOptions(List.of(bounds), false, true, Budget.UNLIMITED);
  }

  @Test
  void runAppliesOverridesToTheModelsKindsAndPassesTheOptions() {
    CannedEngine engine = new CannedEngine(Optional.empty(), Verdict.VIOLATED, Verdict.HOLDS, Verdict.HOLDS);
    ModelRun run =
        driver(engine)
            .run(
                "m.rundown",
                Models.handles(),
                options(new BoundOverride("Handle", 5), new BoundOverride("Other", 7), new BoundOverride("Handle", 4)),
                ProgressListener.NONE);
    CheckRequest request = engine.requests.get(0);
    assertEquals(Map.of("Handle", 4, "Request", 2), request.bounds().counts());
    assertFalse(request.symmetry());
    assertTrue(request.exact());
    assertEquals(request.bounds(), run.bounds());
    assertEquals("canned", run.engine());
  }

  @Test
  void outcomesCompareVerdictsWithExpectations() {
    // Safe: expect violated; NoHang: expect holds; WellDefined: no expect (must hold).
    ModelRun allMet =
        driver(new CannedEngine(Optional.empty(), Verdict.VIOLATED, Verdict.HOLDS, Verdict.HOLDS))
            .run("m", Models.handles(), options(), ProgressListener.NONE);
    assertEquals(List.of(true, true, true), met(allMet));
    assertFalse(allMet.hasUnmetOutcome());
    assertFalse(allMet.hasUndecided());

    ModelRun unmet =
        driver(new CannedEngine(Optional.empty(), Verdict.HOLDS, Verdict.HOLDS, Verdict.VIOLATED))
            .run("m", Models.handles(), options(), ProgressListener.NONE);
    assertEquals(List.of(false, true, false), met(unmet));
    assertTrue(unmet.hasUnmetOutcome());
  }

  @Test
  void anUndecidedPropertyIsNeitherMetNorUnmet() {
    ModelRun run =
        driver(
                new CannedEngine(
                    Optional.of(StopReason.MAX_STATES), Verdict.VIOLATED, Verdict.INCONCLUSIVE, Verdict.INCONCLUSIVE))
            .run("m", Models.handles(), options(), ProgressListener.NONE);
    assertEquals(List.of(true, false, false), met(run));
    assertFalse(run.hasUnmetOutcome());
    assertTrue(run.hasUndecided());
    assertFalse(run.outcomes().get(1).decided());
  }

  private static List<Boolean> met(ModelRun run) {
    return run.outcomes().stream().map(PropertyOutcome::met).collect(Collectors.toList());
  }

  @Test
  void anOverrideMustNameAKindOfSomeModelAndBePositive() {
    List<Model> models = List.of(Models.withKinds("A", "Handle"), Models.withKinds("B", "Context"));
    assertEquals(List.of(), BoundOverrides.validate(List.of(new BoundOverride("Context", 3)), models));
    List<Diagnostic> problems =
        BoundOverrides.validate(
            List.of(new BoundOverride("Nope", 3), new BoundOverride("Handle", 0), new BoundOverride("Handle", -2)),
            models);
    assertEquals(
        List.of(DiagnosticCode.RD301, DiagnosticCode.RD302, DiagnosticCode.RD302),
        problems.stream().map(Diagnostic::code).collect(Collectors.toList()));
    // The diagnostic points into the option as written: "--bound Nope=3", column of "Nope".
    assertEquals(9, problems.get(0).span().column());
    assertEquals("Nope", problems.get(0).span().file().text().substring(8, 12));
  }

  @Test
  void aModelWithoutTheKindKeepsItsDefaults() {
    Model model = Models.withKinds("B", "Context");
    assertEquals(
        Map.of("Context", 2), BoundOverrides.boundsFor(model, List.of(new BoundOverride("Handle", 9))).counts());
  }
}
