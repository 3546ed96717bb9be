package dev.rundown.cli;

import dev.rundown.alloyrun.AlloyApi;
import dev.rundown.engine.Budget;
import dev.rundown.engine.ProgressListener;
import dev.rundown.pipeline.BoundOverride;
import dev.rundown.pipeline.BothEngines;
import dev.rundown.pipeline.Driver;
import dev.rundown.pipeline.SourceLoader;
import dev.rundown.pipeline.VerifyOptions;
import dev.rundown.pipeline.VerifyResult;
import dev.rundown.report.JsonPublisher;
import dev.rundown.report.RunReport;
import dev.rundown.report.TextPublisher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rundown verify PATH...}: explore every model and report verdicts, traces and an exit code. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Explore every model and report each property's verdict.",
      "Every reachable state is explored; a violation comes with a shortest trace.",
      "The report goes to stdout; diagnostics and progress to stderr.",
      "Exit 0: every expect met and every other property holds;",
      "1: a violation or an unmet expect; 2: usage or model error;",
      "3: a budget stopped the run before a property was decided; 70: internal error."
    },
    footer = {
      "",
      "Examples:",
      "  rundown verify models/",
      "  rundown verify models/bench/handles.rundown --bound Handle=4 --symmetry on",
      "  rundown verify design.rundown --max-states 5000000 --time-limit 10m",
      "  rundown verify models/ --format json > report.json",
      "  rundown verify models/ --counterexamples --minimize",
      "  rundown verify models/bench/handles.rundown --engine alloy --steps 20 --bound Handle=2",
      "  rundown verify models/examples/ --engine both --bound Context=1"
    })
final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Model files or directories of models.")
  List<String> paths;

  @Option(
      names = "--bound",
      paramLabel = "KIND=N",
      converter = Converters.Bound.class,
      description = "Run with N instances of KIND (repeatable); overrides the model's bound.")
  List<BoundOverride> bounds = new ArrayList<>();

  @Option(
      names = "--symmetry",
      paramLabel = "on|off",
      defaultValue = "off",
      description = "Explore one state per class of symmetric states (default: off, so state counts are exact).")
  Toggle symmetry;

  @Option(names = "--exact", description = "Store full states and report fingerprint collisions (slower).")
  boolean exact;

  @Option(
      names = "--max-states",
      paramLabel = "N",
      converter = Converters.PositiveLong.class,
      description = "Stop after N distinct states (then undecided properties are INCONCLUSIVE).")
  Long maxStates;

  @Option(
      names = "--time-limit",
      paramLabel = "DURATION",
      converter = Converters.TimeLimit.class,
      description = {
        "Stop after this long: 30s, 5m, 1h30m, or ISO-8601 such as PT30S. Alloy then deepens its check",
        "(1, 2, 3, 4, 6, 9, ... steps) and reports the steps it covered."
      })
  Duration timeLimit;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "Report format (default: text).")
  Format format;

  @Option(names = "--progress", description = "Print progress to stderr about once a second (default when on a terminal).")
  boolean progress;

  @Option(
      names = "--engine",
      paramLabel = "explicit|alloy|both",
      defaultValue = "explicit",
      description = {
        "explicit: every reachable state (default); alloy: Alloy 6 bounded check, HOLDS meaning no violation",
        "within --steps steps; both: explicit, then alloy, and exit 70 if they disagree; the report says",
        "whether alloy agreed in every reachable state (a certificate, see --certify-states) or over how many",
        "steps."
      })
  EngineChoice engine;

  @Option(
      names = "--certify-states",
      paramLabel = "N",
      defaultValue = "" + BothEngines.CERTIFIED_STATES,
      converter = Converters.NonNegativeInt.class,
      description = {
        "With --engine both and no --steps: certify a model with at most N reachable states (unreduced) in",
        "every reachable state; a larger one gets the bounded check (default: ${DEFAULT-VALUE}; 0: never)."
      })
  int certifyStates;

  @Option(
      names = "--steps",
      paramLabel = "K",
      converter = Converters.PositiveInt.class,
      description = {
        "Alloy: check traces of up to K steps (default: 20; with --engine both the explicit BFS depth + 1,",
        "approached within --time-limit, or 30s a model when neither is given)."
      })
  Integer steps;

  @Option(
      names = "--solver",
      paramLabel = "ID",
      defaultValue = "sat4j",
      description = "Alloy's SAT solver: sat4j (default); minisat or glucose where their native libraries load.")
  String solver;

  @Option(names = "--timings", description = "Include seconds, states/s and peak heap in the report.")
  boolean timings;

  @Option(
      names = "--scenarios",
      paramLabel = "DIR",
      arity = "0..1",
      fallbackValue = "",
      description = "Also write a JUnit 5 scenario per counterexample, and guards for designs that declare"
          + " 'fixed by' (default DIR: " + ScenarioOutput.DEFAULT_DIR + " under the repository root).")
  String scenarios;

  @Option(
      names = "--counterexamples",
      arity = "0..1",
      paramLabel = "DIR",
      fallbackValue = "counterexamples",
      description = {
        "Write each violation's trace.txt and trace.json under DIR/<model>/<property>/",
        "(default DIR: counterexamples). <model> is the file's path under models/ without",
        "the extension, else its name. Existing files are never overwritten silently.",
        "Give DIR as --counterexamples=DIR or after the PATHs."
      })
  String counterexamples;

  @Option(
      names = "--force",
      description = "With --counterexamples: replace a different trace.* instead of writing beside it;"
          + " with --scenarios: replace scenario files rundown did not write or that were edited.")
  boolean force;

  @Option(
      names = "--minimize",
      description = "Among the shortest traces, report the one with the fewest switches between actors.")
  boolean minimize;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Budget budget =
        new Budget(
            maxStates == null ? Budget.UNLIMITED.maxStates() : maxStates,
            timeLimit == null ? Budget.UNLIMITED.timeLimit() : timeLimit,
            0);
    VerifyOptions options = new VerifyOptions(bounds, symmetry.on(), exact, budget);
    boolean showProgress = progress || System.console() != null;
    Function<String, ProgressListener> listeners =
        file -> showProgress ? new ProgressPrinter(err, file) : ProgressListener.NONE;
    if (engine != EngineChoice.EXPLICIT && !AlloyApi.solvers().contains(solver)) {
      err.println("error: SAT solver '" + solver + "' is not available here; available: "
          + String.join(", ", AlloyApi.solvers()) + " (native solvers need the -Pnative-solvers build, see README)");
      return ExitCode.USAGE.code();
    }
    Driver driver = new Driver(SourceLoader.inWorkingDirectory(), engine.engine(solver, steps, certifyStates));
    VerifyResult result = driver.verify(paths, options, listeners);
    if (minimize) {
      result = new VerifyResult(result.diagnostics(), result.runs().stream().map(driver::minimize).collect(Collectors.toList()));
    }
    err.print(Reports.diagnostics(result.diagnostics()));
    boolean written =
        counterexamples == null || Artefacts.write(driver, result.runs(), Path.of(counterexamples), force, err);
    ExitCode exit = ExitCode.of(result);
    RunReport report = Reports.of(result, exit);
    if (format == Format.JSON) {
      out.print(new JsonPublisher(timings).publish(report));
    } else if (!result.runs().isEmpty()) {
      out.print(new TextPublisher(timings).publish(report));
    }
    if (scenarios != null && !result.hasErrors()) {
      out.flush();
      Path root = ScenarioOutput.root(paths);
      ExitCode generated = ScenarioOutput.generate(
          result.runs(), Optional.empty(), ScenarioOutput.outDir(root, scenarios), force, err, err);
      exit = ExitCode.worst(exit, generated);
    }
    return written ? exit.code() : ExitCode.USAGE.code();
  }
}
