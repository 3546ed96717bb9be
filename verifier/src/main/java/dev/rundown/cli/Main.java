package dev.rundown.cli;

import dev.rundown.report.RunReport;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code rundown} command: subcommands {@code check}, {@code verify}, {@code bench}, {@code alloy},
 * {@code alloy-bench}. {@link #run} is the
 * whole program without {@code System.exit}, so tests run it in-process; it holds no state between runs.
 */
@Command(
    name = "rundown",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    subcommands = {CheckCommand.class, VerifyCommand.class, BenchCommand.class, AlloyCommand.class, AlloyBenchCommand.class},
    description = {
      "Model-check Windows driver teardown protocols written in the rundown language.",
      "Exit codes: 0 all as expected, 1 violation, 2 usage or model error,",
      "3 inconclusive, 70 internal error."
    },
    footer = {
      "",
      "Examples:",
      "  rundown check models/bench/handles.rundown",
      "  rundown verify models/",
      "  rundown verify models/bench/handles.rundown --bound Handle=2 --format json",
      "  rundown bench --n 3,4"
    })
public final class Main implements Callable<Integer> {
  @Spec CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  /** Runs the command line with the given output streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new Main());
    line.setOut(out);
    line.setErr(err);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setParameterExceptionHandler(usageError());
    line.setExecutionExceptionHandler(internalError());
    try {
      return line.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Without a subcommand: the usage, on stderr, as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE.code();
  }

  private static IParameterExceptionHandler usageError() {
    return (ParameterException e, String[] args) -> {
      CommandLine command = e.getCommandLine();
      PrintWriter err = command.getErr();
      err.println("error: " + e.getMessage());
      if (!UnmatchedArgumentException.printSuggestions(e, err)) {
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
      }
      return ExitCode.USAGE.code();
    };
  }

  private static IExecutionExceptionHandler internalError() {
    return (Exception e, CommandLine command, CommandLine.ParseResult parsed) -> {
      PrintWriter err = command.getErr();
      err.println("internal error: " + e);
      e.printStackTrace(err);
      return ExitCode.INTERNAL.code();
    };
  }

  /** The version shown by {@code --version}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {RunReport.TOOL + " " + RunReport.VERSION};
    }
  }
}
