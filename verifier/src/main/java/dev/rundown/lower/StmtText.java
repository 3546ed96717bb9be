package dev.rundown.lower;

import dev.rundown.source.Span;

/** Short one-line source text of a statement for step labels: {@code line 14: if r == AlreadyDefined}. Stateless. */
final class StmtText {
  private static final int MAX = 60;

  private StmtText() {}

  static String label(Span span, String suffix) {
    return "line " + span.line() + ": " + text(span) + suffix;
  }

  /** The statement's first line up to any {@code {}, whitespace collapsed, at most 60 characters. */
  static String text(Span span) {
    String all = span.file().text();
    String s = all.substring(Math.min(span.start(), all.length()), Math.min(span.end(), all.length()));
    int nl = s.indexOf('\n');
    if (nl >= 0) {
      s = s.substring(0, nl);
    }
    int brace = s.indexOf('{');
    if (brace > 0) {
      s = s.substring(0, brace);
    }
    s = s.replaceAll("\\s+", " ").strip();
    return s.length() > MAX ? s.substring(0, MAX - 3) + "..." : s;
  }
}
