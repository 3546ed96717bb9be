package dev.rundown.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

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
    String root = System.getProperty("rundown.repo", "..");
    return java.nio.file.Path.of("").toAbsolutePath().relativize(java.nio.file.Path.of(root, relative).toAbsolutePath().normalize()).toString();
  }
}
