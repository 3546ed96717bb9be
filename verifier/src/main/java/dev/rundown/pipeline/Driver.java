package dev.rundown.pipeline;

import dev.rundown.check.CheckResult;
import dev.rundown.check.Checker;
import dev.rundown.diag.Diagnostic;
import dev.rundown.diag.DiagnosticCode;
import dev.rundown.engine.Budget;
import dev.rundown.engine.CheckRequest;
import dev.rundown.engine.Engine;
import dev.rundown.engine.EngineResult;
import dev.rundown.engine.ProgressListener;
import dev.rundown.engine.PropertyResult;
import dev.rundown.explore.ExplicitEngine;
import dev.rundown.explore.Minimizer;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.IrValidator;
import dev.rundown.ir.Model;
import dev.rundown.lower.Lowering;
import dev.rundown.semantics.Interpreter;
import dev.rundown.semantics.TraceValidation;
import dev.rundown.semantics.TraceValidator;
import dev.rundown.trace.Trace;
import dev.rundown.trace.TraceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs the stages in order: load, parse, check, lower, validate the IR, resolve bounds, explore. Each model
 * stops at the first stage that reports an error; an IR that fails validation is an internal error
 * ({@link InternalErrorException}). Immutable; thread-safe if its engine is.
 */
public final class Driver {
  private final SourceLoader loader;
  private final Engine engine;

  public Driver(SourceLoader loader, Engine engine) {
    this.loader = loader;
    this.engine = engine;
  }

  /** The driver of the command line: files relative to the current directory, the explicit engine. */
  public static Driver standard() {
    return new Driver(SourceLoader.inWorkingDirectory(), new ExplicitEngine());
  }

  /** A driver for files relative to {@code directory} that is used to compile, not to explore. */
  public static Driver compiler(Path directory) {
    return new Driver(new SourceLoader(directory, dev.rundown.syntax.Parser::parse), new ExplicitEngine());
  }

  SourceLoader loader() {
    return loader;
  }

  /** Loads, parses, checks, lowers and validates every model named by {@code paths}, without exploring. */
  public CheckOutcome check(List<String> paths) {
    Expansion expansion = loader.expand(paths);
    List<Compilation> compilations = expansion.roots().stream().map(this::compile).collect(Collectors.toList());
    return new CheckOutcome(expansion.diagnostics(), compilations);
  }

  /** One root file through every stage before exploration. */
  public Compilation compile(Path root) {
    String file = loader.display(root);
    LoadResult loaded = loader.load(root);
    List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
    if (loaded.hasErrors() || loaded.files().isEmpty()) {
      return new Compilation(file, Optional.empty(), diagnostics);
    }
    CheckResult checked = Checker.check(loaded.files());
    diagnostics.addAll(checked.diagnostics());
    if (checked.model().isEmpty() || checked.diagnostics().stream().anyMatch(Diagnostic::isError)) {
      return new Compilation(file, Optional.empty(), diagnostics);
    }
    Optional<Path> fix = FixedByCheck.check(loader, root, loaded.files(), diagnostics);
    if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
      return new Compilation(file, Optional.empty(), diagnostics);
    }
    Model model = Lowering.lower(checked.model().get());
    List<String> problems = IrValidator.validate(model);
    if (!problems.isEmpty()) {
      throw new InternalErrorException(
          "the IR lowered from " + file + " is malformed:\n  " + String.join("\n  ", problems));
    }
    return new Compilation(file, Optional.of(model), diagnostics, fix, SourceHash.of(loaded.files().stream().map(f -> f.file()).toList()));
  }

  /**
   * Verifies every model named by {@code paths}. Models that do not compile are reported and skipped; the others
   * still run. Problems with the options (RD301, RD302) stop the whole run before any exploration.
   * {@code progress} gives the listener for a model's display path.
   */
  public VerifyResult verify(
      List<String> paths, VerifyOptions options, Function<String, ProgressListener> progress) {
    Expansion expansion = loader.expand(paths);
    List<Diagnostic> diagnostics = new ArrayList<>(expansion.diagnostics());
    List<Compilation> compiled = new ArrayList<>();
    for (Path root : expansion.roots()) {
      Compilation compilation = compile(root);
      diagnostics.addAll(compilation.diagnostics());
      if (compilation.ok()) {
        compiled.add(compilation);
      }
    }
    List<Model> models = compiled.stream().map(c -> c.model().orElseThrow()).collect(Collectors.toList());
    List<Diagnostic> optionProblems = BoundOverrides.validate(options.bounds(), models);
    diagnostics.addAll(optionProblems);
    if (!optionProblems.isEmpty()) {
      return new VerifyResult(diagnostics, List.of());
    }
    List<ModelRun> runs = new ArrayList<>();
    for (Compilation compilation : compiled) {
      runs.add(run(compilation.file(), compilation.model().orElseThrow(), options, progress.apply(compilation.file())));
    }
    return new VerifyResult(diagnostics, runs);
  }

  /** Explores one compiled model; the options' bound overrides must have been validated. */
  public ModelRun run(String file, Model model, VerifyOptions options, ProgressListener progress) {
    Bounds bounds = BoundOverrides.boundsFor(model, options.bounds());
    CheckRequest request = new CheckRequest(model, bounds, options.symmetry(), options.exact(), options.budget());
    EngineResult result = engine.check(request, progress);
    List<PropertyOutcome> outcomes =
        result.properties().stream()
            .map(p -> PropertyOutcome.of(p, model.expectation(p.property())))
            .collect(Collectors.toList());
    return new ModelRun(file, model, bounds, engine.id(), options.symmetry(), result, outcomes);
  }

  /** The {@link SourceHash} of the model file {@code file} (a display path) and its includes, as they are now. */
  public String sourceHash(String file) {
    LoadResult loaded = loader.load(loader.resolve(file));
    return SourceHash.of(loaded.files().stream().map(f -> f.file()).collect(Collectors.toList()));
  }

  /**
   * {@code run} with each violation's trace replaced by a shortest one with the fewest actor switches
   * ({@link Minimizer}), replayed and confirmed like every trace an engine reports.
   */
  public ModelRun minimize(ModelRun run) {
    List<PropertyOutcome> outcomes = new ArrayList<>();
    for (PropertyOutcome o : run.outcomes()) {
      PropertyResult r = o.result();
      Optional<Trace> trace = r.trace().map(t -> minimized(run, t));
      outcomes.add(new PropertyOutcome(
          new PropertyResult(r.property(), r.kind(), r.verdict(), r.rules(), trace), o.expectation(), o.met()));
    }
    List<PropertyResult> results = outcomes.stream().map(PropertyOutcome::result).collect(Collectors.toList());
    EngineResult result =
        new EngineResult(results, run.result().stats(), run.result().stopped(), run.result().crossCheck());
    return new ModelRun(run.file(), run.model(), run.bounds(), run.engine(), run.symmetry(), result, outcomes);
  }

  private static Trace minimized(ModelRun run, Trace trace) {
    Trace shorter = Minimizer.minimize(Interpreter.compile(run.model(), run.bounds()), trace);
    TraceValidation validation = TraceValidator.validate(Interpreter.compile(run.model(), run.bounds()), shorter);
    if (!validation.valid()) {
      throw new InternalErrorException(
          "the minimised trace of " + trace.property() + " in " + run.file() + " does not replay: " + validation);
    }
    return shorter;
  }

  /** One counterexample per violated property of {@code run} with a trace, in property order. */
  public List<Counterexample> counterexamples(ModelRun run) {
    String key = Counterexample.modelKey(loader.resolve(run.file()));
    String hash = sourceHash(run.file());
    List<Counterexample> out = new ArrayList<>();
    for (PropertyOutcome o : run.outcomes()) {
      PropertyResult r = o.result();
      r.trace().ifPresent(t -> out.add(new Counterexample(key, new TraceFile(run.file(), run.model().name(), hash,
          run.bounds().counts(), r.property(), r.kind().name(), r.rules(), t))));
    }
    return out;
  }

  /**
   * Runs the model at {@code path} with {@code kind} bounded to each of {@code ns}, with each symmetry setting,
   * measuring the peak heap of every run.
   */
  public BenchResult bench(String path, String kind, List<Integer> ns, List<Boolean> symmetries, Budget budget) {
    Expansion expansion = loader.expand(List.of(path));
    List<Diagnostic> diagnostics = new ArrayList<>(expansion.diagnostics());
    if (expansion.roots().size() > 1) {
      diagnostics.add(
          Diagnostic.error(
              DiagnosticCode.RD003, loader.fileSpan(Path.of(path)), "bench runs one model file, not a directory"));
    }
    if (expansion.roots().size() != 1) {
      return new BenchResult(path, "", kind, List.of(), diagnostics);
    }
    Compilation compilation = compile(expansion.roots().get(0));
    diagnostics.addAll(compilation.diagnostics());
    if (!compilation.ok()) {
      return new BenchResult(compilation.file(), "", kind, List.of(), diagnostics);
    }
    Model model = compilation.model().orElseThrow();
    List<BoundOverride> points = ns.stream().map(n -> new BoundOverride(kind, n)).collect(Collectors.toList());
    // Validate one representative point (the first bad count, if any), so each problem is reported once.
    int worst = ns.stream().filter(n -> n < 1).findFirst().orElse(ns.isEmpty() ? 1 : ns.get(0));
    diagnostics.addAll(BoundOverrides.validate(List.of(new BoundOverride(kind, worst)), List.of(model)));
    if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
      return new BenchResult(compilation.file(), model.name(), kind, List.of(), diagnostics);
    }
    List<BenchRun> runs = new ArrayList<>();
    for (BoundOverride point : points) {
      for (boolean symmetry : symmetries) {
        VerifyOptions options = new VerifyOptions(List.of(point), symmetry, false, budget);
        HeapMeter.reset();
        ModelRun run = run(compilation.file(), model, options, ProgressListener.NONE);
        runs.add(new BenchRun(point.count(), symmetry, run.result().stats(), HeapMeter.peakBytes()));
      }
    }
    return new BenchResult(compilation.file(), model.name(), kind, runs, diagnostics);
  }
}
