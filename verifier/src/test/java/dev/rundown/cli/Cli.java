package dev.rundown.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process and captures its exit code, stdout and stderr. */
record Cli(int exit, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Cli(exit, out.toString(), err.toString());
  }

  /** A path of the repository, relative to the tests' working directory (the verifier module). */
  static String repo(String relative) {
    Path root = Path.of(System.getProperty("rundown.repo", ".."), relative).toAbsolutePath().normalize();
    return Path.of("").toAbsolutePath().relativize(root).toString();
  }
}
