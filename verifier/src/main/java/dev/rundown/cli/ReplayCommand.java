package dev.rundown.cli;

import dev.rundown.ir.Bounds;
import dev.rundown.ir.Kind;
import dev.rundown.ir.Model;
import dev.rundown.pipeline.Compilation;
import dev.rundown.pipeline.Driver;
import dev.rundown.replay.Replay;
import dev.rundown.replay.ReplayResult;
import dev.rundown.trace.TraceFile;
import dev.rundown.trace.TraceFormatException;
import dev.rundown.trace.TraceJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rundown replay FILE.json}: replays a recorded counterexample and says whether it still reproduces. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Replay a trace.json written by verify --counterexamples, step by step.",
      "Without --model it runs on the recorded model, and a trace whose model",
      "sources changed since it was written is refused as stale. --model replays",
      "it against another design (one that includes the same rule model),",
      "without the staleness check.",
      "Exit 0: the recorded violation is reproduced; 1: it is not (the trace",
      "diverges, or the property no longer fails: the output says which);",
      "2: corrupted file, missing model, stale trace, or a model error."
    },
    footer = {
      "",
      "Examples:",
      "  rundown replay counterexamples/<model>/<property>/trace.json",
      "  rundown replay counterexamples/<model>/<property>/trace.json \\",
      "      --model models/fltmgr/filter-unload/correct.rundown"
    })
final class ReplayCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A trace.json file.")
  String file;

  @Option(names = "--model", paramLabel = "PATH", description = "Replay against this model file instead of the recorded one.")
  String model;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TraceFile trace;
    try {
      trace = TraceJson.read(Files.readString(Path.of(file), StandardCharsets.UTF_8), file);
    } catch (IOException e) {
      err.println("error: cannot read " + file + ": " + e.getMessage());
      return ExitCode.USAGE.code();
    } catch (TraceFormatException e) {
      err.println("error: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    String path = model != null ? model : trace.modelPath();
    Driver driver = Driver.standard();
    Compilation compiled = driver.compile(Path.of(path));
    err.print(Reports.diagnostics(compiled.diagnostics()));
    if (!compiled.ok()) {
      err.println("error: cannot replay " + file + ": model " + path + " does not compile"
          + (model == null ? " (it is the model recorded in the trace; --model names another)" : ""));
      return ExitCode.USAGE.code();
    }
    if (model == null) {
      String now = driver.sourceHash(path);
      if (!now.equals(trace.modelHash())) {
        err.println("error: " + file + " is stale: the sources of " + path + " changed since it was recorded"
            + " (recorded " + trace.modelHash() + ", now " + now + "); run verify --counterexamples again,"
            + " or replay it against the model as it is with --model " + path);
        return ExitCode.USAGE.code();
      }
    }
    Model m = compiled.model().orElseThrow();
    if (m.propertyIndex(trace.property()) < 0) {
      err.println("error: model " + m.name() + " (" + path + ") has no property " + trace.property());
      return ExitCode.USAGE.code();
    }
    ReplayResult result = Replay.of(m, bounds(m, trace), trace.trace()).runUntil(trace.property());
    out.println("replay of " + trace.property() + " (" + trace.trace().length() + " steps) on " + m.name() + " ("
        + path + ")");
    if (result instanceof ReplayResult.Violated v && v.step() == trace.trace().length()) {
      out.println("reproduced: " + v.describe());
      return ExitCode.OK.code();
    }
    if (result instanceof ReplayResult.Diverged) {
      out.println("not reproduced, the trace diverges: " + result.describe());
    } else if (result instanceof ReplayResult.Violated v && v.violates(trace.property())) {
      out.println("not reproduced, the property fails earlier: " + result.describe());
    } else {
      out.println("not reproduced, " + trace.property() + " no longer fails: " + result.describe());
    }
    return ExitCode.VIOLATION.code();
  }

  /** The recorded bounds for the model's kinds; a kind the trace does not know keeps the model's default. */
  private static Bounds bounds(Model model, TraceFile trace) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Kind k : model.kinds()) {
      counts.put(k.name(), trace.bounds().getOrDefault(k.name(), k.defaultBound()));
    }
    return Bounds.of(counts);
  }
}
