package dev.rundown.cli;

import dev.rundown.engine.Budget;
import dev.rundown.pipeline.BenchResult;
import dev.rundown.pipeline.Driver;
import dev.rundown.report.BenchPublisher;
import dev.rundown.report.BenchReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rundown bench}: time the explicit engine on the benchmark model at several bounds. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Time the explicit engine on the benchmark model.",
      "Runs the model at each N, with and without symmetry, and prints states,",
      "transitions, seconds, states/s and peak heap.",
      "Timings vary: run on a quiet machine."
    },
    footer = {
      "",
      "Examples:",
      "  rundown bench",
      "  rundown bench --n 2,3,4 --symmetry on --format json",
      "  RUNDOWN_JAVA_OPTS=-Xmx8g rundown bench --n 5 --symmetry off"
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--n",
      split = ",",
      paramLabel = "N",
      converter = Converters.PositiveInt.class,
      defaultValue = "3,4,5",
      description = "Instance counts to run (default: ${DEFAULT-VALUE}).")
  List<Integer> ns;

  @Option(
      names = "--symmetry",
      split = ",",
      paramLabel = "on|off",
      defaultValue = "on,off",
      description = "Symmetry settings to run at each N (default: on,off).")
  List<Toggle> symmetries;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      defaultValue = "models/bench/handles.rundown",
      description = "The benchmark model (default: ${DEFAULT-VALUE}, relative to the current directory).")
  String model;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      defaultValue = "Handle",
      description = "The kind whose bound is N (default: ${DEFAULT-VALUE}).")
  String kind;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Table format (default: text).")
  Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BenchResult result = Driver.standard()
            .bench(model, kind, ns, symmetries.stream().map(Toggle::on).collect(Collectors.toList()), Budget.UNLIMITED);
    err.print(Reports.diagnostics(result.diagnostics()));
    if (result.hasErrors()) {
      return ExitCode.USAGE.code();
    }
    BenchReport report = Reports.of(result);
    BenchPublisher publisher = new BenchPublisher();
    out.print(format == Format.JSON ? publisher.json(report) : publisher.text(report));
    return ExitCode.OK.code();
  }
}
