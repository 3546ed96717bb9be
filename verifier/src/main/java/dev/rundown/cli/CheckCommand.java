package dev.rundown.cli;

import dev.rundown.pipeline.CheckOutcome;
import dev.rundown.pipeline.Compilation;
import dev.rundown.pipeline.Driver;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rundown check PATH...}: parse, type-check and compile models without exploring them. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Parse, type-check and compile models without exploring them.",
      "Diagnostics go to stderr; one 'ok' line per good model goes to stdout.",
      "Exit 0 when every model is well formed, 2 otherwise."
    },
    footer = {
      "",
      "Examples:",
      "  rundown check models/bench/handles.rundown",
      "  rundown check models/          (every model under models/, rules/ directories skipped)"
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Model files or directories of models.")
  List<String> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CheckOutcome outcome = Driver.standard().check(paths);
    err.print(Reports.diagnostics(outcome.allDiagnostics()));
    for (Compilation compilation : outcome.compilations()) {
      compilation
          .model()
          .ifPresent(m -> out.println("ok  " + compilation.file() + "  (model " + m.name() + ")"));
    }
    return (outcome.hasErrors() ? ExitCode.USAGE : ExitCode.OK).code();
  }
}
