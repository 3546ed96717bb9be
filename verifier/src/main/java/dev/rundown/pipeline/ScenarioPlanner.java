package dev.rundown.pipeline;

import dev.rundown.diag.Diagnostic;
import dev.rundown.diag.DiagnosticCode;
import dev.rundown.engine.PropertyResult;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;
import dev.rundown.replay.Replay;
import dev.rundown.replay.ReplayResult;
import dev.rundown.scenario.ScenarioNames;
import dev.rundown.scenario.ScenarioOutcome;
import dev.rundown.scenario.ScenarioSpec;
import dev.rundown.scenario.ScenarioStep;
import dev.rundown.scenario.ScenarioSteps;
import dev.rundown.trace.Trace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which scenarios a verify run yields: for each violation a reproducer (its steps replayed on the
 * design, expecting the violation where the replay API finds it), and, when the design names its fix
 * ({@code fixed by}) or another design is given, the same steps replayed on that design as a regression guard
 * (expecting them no longer possible, or possible without violation; a fix on which they still violate is
 * reported, not guarded). Paths in specs are relative to the repository root. Immutable; no file is written.
 */
public final class ScenarioPlanner {
  /** How the command line regenerates the scenarios of a design. */
  public static final String COMMAND = "./rundown scenarios ";

  private final Driver driver;
  private final Path root;

  public ScenarioPlanner(Driver driver, Path root) {
    this.driver = driver;
    this.root = root;
  }

  /** The scenarios of {@code run}: reproducers, and guards on {@code against} or else the declared fix. */
  public ScenarioPlan plan(ModelRun run, Optional<Path> against) {
    Path design = Path.of(run.file());
    Compilation compilation = driver.compile(design);
    List<Diagnostic> diagnostics = new ArrayList<>(errors(compilation));
    if (!compilation.ok()) {
      return new ScenarioPlan(List.of(), List.of(), diagnostics);
    }
    String path = relative(design);
    Optional<Path> fixPath = against.isPresent() ? against : compilation.fixedBy();
    Optional<Compilation> fix = fixPath.map(driver::compile);
    if (fix.isPresent()) {
      diagnostics.addAll(errors(fix.get()));
      if (against.isPresent() && fix.get().ok()) {
        sameRuleModel(design, against.get()).ifPresent(diagnostics::add);
      }
    }
    if (!diagnostics.isEmpty()) {
      return new ScenarioPlan(List.of(), List.of(), diagnostics);
    }
    String regenerate = COMMAND + path + against.map(p -> " --model " + relative(p)).orElse("");
    List<ScenarioSpec> specs = new ArrayList<>();
    List<String> stillViolating = new ArrayList<>();
    for (PropertyResult result : run.result().properties()) {
      if (result.trace().isEmpty()) {
        continue;
      }
      Trace trace = result.trace().get();
      List<ScenarioStep> steps = ScenarioSteps.of(trace);
      String traceOf = "of " + trace.model() + " to " + trace.property() + ", from " + path;
      ReplayResult replayed = replayOf(run.model(), run.bounds(), steps).runUntil(trace.property());
      ScenarioOutcome reproduced = replayed instanceof ReplayResult.Violated v && v.violates(trace.property())
          ? ScenarioOutcome.violates(trace.property(), v.step())
          : outcome(replayed);
      if (!reproduced.isReproducer()) {
        throw new InternalErrorException("the counterexample " + traceOf + " does not replay: " + reproduced);
      }
      specs.add(new ScenarioSpec(
          ScenarioNames.packageFor(path), ScenarioNames.classFor(trace.model(), trace.property(), false), path,
          BoundsText.format(run.bounds()), compilation.sourceHash(), regenerate, traceOf, steps, reproduced));
      if (fix.isPresent()) {
        Model fixed = fix.get().model().orElseThrow();
        Bounds bounds = BoundsText.carry(run.bounds(), fixed);
        String guarded = relative(fixPath.get());
        ScenarioOutcome outcome = outcome(replay(fixed, bounds, steps));
        if (outcome.isReproducer()) {
          stillViolating.add(guarded + ": the counterexample " + traceOf + " still " + outcome);
          continue;
        }
        specs.add(new ScenarioSpec(
            ScenarioNames.packageFor(guarded), ScenarioNames.classFor(trace.model(), trace.property(), true), guarded,
            BoundsText.format(bounds), fix.get().sourceHash(), regenerate, traceOf, steps, outcome));
      }
    }
    return new ScenarioPlan(specs, stillViolating, List.of());
  }

  /**
   * The generated scenarios under {@code outDir} that replay on {@code model}, rewritten as regression guards
   * of the design as it is now: each expects what its steps do there (no longer possible, or no violation) and
   * records the new source hash. When any still violates, none is promoted ({@code stillViolating}).
   */
  public ScenarioPlan promote(Path model, Path outDir) {
    Compilation compilation = driver.compile(model);
    if (!compilation.ok()) {
      return new ScenarioPlan(List.of(), List.of(), errors(compilation));
    }
    String path = relative(model);
    ScenarioDirectory.Listing listing = ScenarioDirectory.scenariosOf(outDir, path);
    List<Diagnostic> diagnostics = new ArrayList<>();
    listing.unreadable().forEach(f -> diagnostics.add(Diagnostic.error(
        DiagnosticCode.RD020, driver.loader().fileSpan(f), "edited since rundown generated it; not promoted")));
    if (listing.specs().isEmpty() && diagnostics.isEmpty()) {
      diagnostics.add(Diagnostic.error(
          DiagnosticCode.RD021, driver.loader().fileSpan(outDir), "no generated scenario of " + path + " here"));
    }
    if (!diagnostics.isEmpty()) {
      return new ScenarioPlan(List.of(), List.of(), diagnostics);
    }
    Model current = compilation.model().orElseThrow();
    List<ScenarioSpec> specs = new ArrayList<>();
    List<String> stillViolating = new ArrayList<>();
    for (ScenarioSpec spec : listing.specs()) {
      Optional<Bounds> bounds = BoundsText.parse(current, spec.bounds());
      ScenarioOutcome outcome = bounds.isEmpty()
          ? ScenarioOutcome.noLongerPossible()
          : outcome(replay(current, bounds.get(), spec.steps()));
      if (outcome.isReproducer()) {
        stillViolating.add(spec.relativePath() + ": still " + outcome);
      } else {
        specs.add(spec.promoted(outcome, compilation.sourceHash(), COMMAND + "--promote " + path));
      }
    }
    return stillViolating.isEmpty()
        ? new ScenarioPlan(specs, List.of(), List.of())
        : new ScenarioPlan(List.of(), stillViolating, List.of());
  }

  /** {@code steps} replayed on {@code model}, each without choices taking the binding's first run. */
  public static ReplayResult replay(Model model, Bounds bounds, List<ScenarioStep> steps) {
    return replayOf(model, bounds, steps).run();
  }

  private static Replay replayOf(Model model, Bounds bounds, List<ScenarioStep> steps) {
    Replay replay = Replay.of(model, bounds);
    for (ScenarioStep s : steps) {
      String[] args = s.args().toArray(String[]::new);
      replay = s.choices().isEmpty() ? replay.step(s.action(), args) : replay.step(s.choices(), s.action(), args);
    }
    return replay;
  }

  /** What a scenario should expect after replaying as {@code result}. */
  public static ScenarioOutcome outcome(ReplayResult result) {
    if (result instanceof ReplayResult.Violated v) {
      return ScenarioOutcome.violates(v.property(), v.step());
    }
    if (result instanceof ReplayResult.Diverged) {
      return ScenarioOutcome.noLongerPossible();
    }
    if (result instanceof ReplayResult.Completed) {
      return ScenarioOutcome.noViolation();
    }
    throw new InternalErrorException("a replay without an implementation ended as " + result.describe());
  }

  /** {@code file} relative to the repository root. */
  public String relative(Path file) {
    return RepositoryRoot.relative(root, driver.loader().resolve(file));
  }

  private Optional<Diagnostic> sameRuleModel(Path design, Path other) {
    LoadResult mine = driver.loader().load(design);
    LoadResult theirs = driver.loader().load(other);
    return FixedByCheck.difference(driver.loader(), mine.files(), theirs.files(), other)
        .map(d -> Diagnostic.error(DiagnosticCode.RD232, driver.loader().fileSpan(other), d));
  }

  private static List<Diagnostic> errors(Compilation compilation) {
    return compilation.diagnostics().stream().filter(Diagnostic::isError).toList();
  }
}
