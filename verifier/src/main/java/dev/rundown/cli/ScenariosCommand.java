package dev.rundown.cli;

import dev.rundown.engine.Budget;
import dev.rundown.engine.ProgressListener;
import dev.rundown.pipeline.BoundOverride;
import dev.rundown.pipeline.Driver;
import dev.rundown.pipeline.ScenarioPlan;
import dev.rundown.pipeline.ScenarioPlanner;
import dev.rundown.pipeline.VerifyOptions;
import dev.rundown.pipeline.VerifyResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rundown scenarios PATH...}: generate JUnit 5 scenarios from counterexamples, or promote them to guards. */
@Command(
    name = "scenarios",
    mixinStandardHelpOptions = true,
    description = {
      "Verify the models and write one JUnit 5 test class per counterexample (a reproducer), plus,",
      "for a design that declares 'fixed by' (or with --model), the same steps replayed on the fix",
      "(a regression guard). Files rundown did not write, or that were edited, are never replaced",
      "(exit 2) unless --force; identical files are left untouched.",
      "--promote MODEL rewrites MODEL's scenarios as guards of the design as it is now, and refuses",
      "(exit 1) while one still violates.",
      "Exit 0: written; 1: a fix or promoted design still violates; 2: usage, model or file error."
    },
    footer = {
      "",
      "Examples:",
      "  rundown scenarios models/fltmgr/context-cleanup/double-release.rundown",
      "  rundown scenarios models/ --out counterexamples/src/test/java",
      "  rundown scenarios buggy.rundown --model fixed.rundown",
      "  rundown scenarios --promote models/my-design.rundown"
    })
final class ScenariosCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Model files or directories of models.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Test source root (default: " + ScenarioOutput.DEFAULT_DIR
      + " under the repository root, the directory holding models/).")
  String out;

  @Option(names = "--model", paramLabel = "PATH",
      description = "Also replay every counterexample on this design (same rule model) and write guards for it.")
  String model;

  @Option(names = "--promote", paramLabel = "MODEL",
      description = "Rewrite the scenarios that replay on MODEL as regression guards of MODEL as it is now.")
  String promote;

  @Option(
      names = "--bound",
      paramLabel = "KIND=N",
      converter = Converters.Bound.class,
      description = "Verify with N instances of KIND (repeatable), as rundown verify does.")
  List<BoundOverride> bounds = new ArrayList<>();

  @Option(names = "--force", description = "Replace scenario files even if they were edited or not written by rundown.")
  boolean force;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if ((promote == null) == paths.isEmpty()) {
      err.println("error: give model PATHs or --promote MODEL (not both)");
      return ExitCode.USAGE.code();
    }
    if (promote != null) {
      return promote(stdout, err).code();
    }
    VerifyResult result =
        Driver.standard().verify(paths, new VerifyOptions(bounds, false, false, Budget.UNLIMITED), file -> ProgressListener.NONE);
    err.print(Reports.diagnostics(result.diagnostics()));
    if (result.hasErrors()) {
      return ExitCode.USAGE.code();
    }
    Path root = ScenarioOutput.root(paths);
    return ScenarioOutput.generate(
            result.runs(), Optional.ofNullable(model).map(Path::of), ScenarioOutput.outDir(root, out), force, stdout, err)
        .code();
  }

  private ExitCode promote(PrintWriter stdout, PrintWriter err) {
    Path root = ScenarioOutput.root(List.of(promote));
    ScenarioPlan plan = new ScenarioPlanner(Driver.standard(), root).promote(Path.of(promote), ScenarioOutput.outDir(root, out));
    err.print(Reports.diagnostics(plan.diagnostics()));
    if (plan.hasErrors()) {
      return ExitCode.USAGE;
    }
    if (!plan.stillViolating().isEmpty()) {
      plan.stillViolating().forEach(s -> err.println("error: not promoted: " + s));
      err.println("no scenario promoted: " + promote + " still violates; fix it first");
      return ExitCode.VIOLATION;
    }
    return ScenarioOutput.write(ScenarioOutput.outDir(root, out), plan.specs(), force, stdout, err);
  }
}
