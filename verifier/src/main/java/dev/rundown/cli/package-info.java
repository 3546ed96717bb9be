/**
 * The command line (picocli): {@link dev.rundown.cli.Main} and one small class per subcommand ({@code check},
 * {@code verify}, {@code bench}), each calling {@link dev.rundown.pipeline.Driver} and handing the result to a
 * publisher of {@code report}; the option converters; the {@link dev.rundown.cli.ExitCode} contract.
 *
 * <p>May depend on every package. Tests run it in-process through
 * {@link dev.rundown.cli.Main#run(String[], java.io.PrintWriter, java.io.PrintWriter)}; see {@code MainTest}.
 */
package dev.rundown.cli;
