package dev.rundown.cli;

import dev.rundown.alloyrun.AlloyApi;
import dev.rundown.alloyrun.AlloyEngine;
import dev.rundown.engine.Budget;
import dev.rundown.engine.CheckRequest;
import dev.rundown.engine.EngineResult;
import dev.rundown.engine.ProgressListener;
import dev.rundown.ir.Model;
import dev.rundown.ir.Property;
import dev.rundown.explore.ExplicitEngine;
import dev.rundown.pipeline.BoundOverride;
import dev.rundown.pipeline.Driver;
import dev.rundown.pipeline.SingleModel;
import dev.rundown.pipeline.SourceLoader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rundown alloy-bench}: the Alloy engine's seconds and CNF size next to the explicit engine's figures. */
@Command(
    name = "alloy-bench",
    mixinStandardHelpOptions = true,
    description = {
      "Time the Alloy engine on one model at several bounds, next to the explicit engine.",
      "Per N and property: the Alloy verdict within --steps steps, seconds, solves, and the largest",
      "CNF (primary variables, variables, clauses); the explicit engine's states, depth and seconds.",
      "Timings vary: run on a quiet machine."
    },
    footer = {"", "Examples:", "  rundown alloy-bench --n 2,3,4 --steps 20 --property ClosedHasNoOutstandingIo",
      "  rundown alloy-bench --model models/examples/cleanup-race.rundown --kind Request --n 1,2 --steps 8"})
final class AlloyBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--n", split = ",", paramLabel = "N", converter = Converters.PositiveInt.class,
      defaultValue = "2,3,4", description = "Instance counts to run (default: ${DEFAULT-VALUE}).")
  List<Integer> ns;

  @Option(names = "--model", paramLabel = "FILE", defaultValue = "models/bench/handles.rundown",
      description = "The model (default: ${DEFAULT-VALUE}).")
  String model;

  @Option(names = "--kind", paramLabel = "KIND", defaultValue = "Handle",
      description = "The kind whose bound is N (default: ${DEFAULT-VALUE}).")
  String kind;

  @Option(names = "--steps", paramLabel = "K", converter = Converters.PositiveInt.class, defaultValue = "20",
      description = "Steps the Alloy engine checks (default: ${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--property", paramLabel = "NAME",
      description = "A property to time on its own (repeatable; default: every property of the model).")
  List<String> properties = new ArrayList<>();

  @Option(names = "--solver", paramLabel = "ID", defaultValue = "sat4j",
      description = "Alloy's SAT solver (default: ${DEFAULT-VALUE}).")
  String solver;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!AlloyApi.solvers().contains(solver)) {
      err.println("error: SAT solver '" + solver + "' is not available here; available: "
          + String.join(", ", AlloyApi.solvers()));
      return ExitCode.USAGE.code();
    }
    SourceLoader loader = SourceLoader.inWorkingDirectory();
    Driver driver = new Driver(loader, new ExplicitEngine());
    out.println("| N | steps | solver | property | alloy verdict | alloy s | solves | primary vars | vars | clauses"
        + " | explicit states | depth | explicit s |");
    out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (int n : ns) {
      SingleModel loaded = SingleModel.load(driver, loader, model, List.of(new BoundOverride(kind, n)));
      err.print(Reports.diagnostics(loaded.diagnostics()));
      if (loaded.hasErrors()) {
        return ExitCode.USAGE.code();
      }
      CheckRequest request =
          new CheckRequest(loaded.model().orElseThrow(), loaded.bounds(), false, false, Budget.UNLIMITED);
      Model m = loaded.model().orElseThrow();
      List<String> names = m.properties().stream().map(Property::name).toList();
      for (String p : properties) {
        if (!names.contains(p)) {
          err.println("error: model " + m.name() + " has no property '" + p + "'; it has " + String.join(", ", names));
          return ExitCode.USAGE.code();
        }
      }
      EngineResult explicit = new ExplicitEngine().check(request, ProgressListener.NONE);
      for (String p : properties.isEmpty() ? names : properties) {
        AlloyEngine.Run alloy = new AlloyEngine(solver, steps).run(request, List.of(p));
        AlloyEngine.Solve biggest = alloy.solves().stream()
            .max((a, b) -> Long.compare(a.clauses(), b.clauses())).orElseThrow();
        out.printf("| %d | %d | %s | %s | %s | %.2f | %d | %,d | %,d | %,d | %,d | %d | %.2f |%n",
            n, steps, solver, p, alloy.result().properties().get(0).verdict().name().toLowerCase(),
            alloy.result().stats().seconds(), alloy.solves().size(), biggest.primaryVars(), biggest.vars(),
            biggest.clauses(), explicit.stats().states(), explicit.stats().depth(), explicit.stats().seconds());
        out.flush();
      }
    }
    return ExitCode.OK.code();
  }
}
