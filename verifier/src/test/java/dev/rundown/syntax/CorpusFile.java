package dev.rundown.syntax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A corpus file of test cases: an optional preamble, then cases of the form {@code === title}, source
 * lines, {@code ---}, expected lines. Immutable once read; {@link #rewrite} writes refreshed
 * expectations back (only under {@code -Dgolden.update=true}).
 */
record CorpusFile(Path path, String preamble, List<Case> cases) {
  static final String TITLE = "=== ";
  static final String SEPARATOR = "---";

  /** One case: {@code source} ends with a newline; {@code expected} has no trailing blank lines. */
  record Case(String title, String source, String expected, int line) {}

  static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  static CorpusFile read(Path path) {
    List<String> lines;
    try {
      lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder preamble = new StringBuilder();
    List<Case> cases = new ArrayList<>();
    int i = 0;
    while (i < lines.size() && !lines.get(i).startsWith(TITLE)) {
      preamble.append(lines.get(i++)).append('\n');
    }
    while (i < lines.size()) {
      int titleLine = i + 1;
      String title = lines.get(i++).substring(TITLE.length()).trim();
      StringBuilder source = new StringBuilder();
      while (i < lines.size() && !lines.get(i).equals(SEPARATOR)) {
        if (lines.get(i).startsWith(TITLE)) {
          throw new IllegalStateException(path + ":" + titleLine + ": case has no " + SEPARATOR + " line");
        }
        source.append(lines.get(i++)).append('\n');
      }
      i++;
      List<String> expected = new ArrayList<>();
      while (i < lines.size() && !lines.get(i).startsWith(TITLE)) {
        expected.add(lines.get(i++));
      }
      cases.add(new Case(title, source.toString(), trimTrailing(String.join("\n", expected)), titleLine));
    }
    return new CorpusFile(path, preamble.toString(), cases);
  }

  static String trimTrailing(String s) {
    return s.stripTrailing();
  }

  /** Writes the file again with each case's expectation replaced by {@code actual.apply(case)}. */
  void rewrite(Function<Case, String> actual) {
    StringBuilder out = new StringBuilder(preamble);
    for (Case c : cases) {
      out.append(TITLE).append(c.title()).append('\n');
      out.append(c.source());
      out.append(SEPARATOR).append('\n');
      out.append(trimTrailing(actual.apply(c))).append("\n\n");
    }
    try {
      Files.writeString(path, out.toString().stripTrailing() + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
