package dev.rundown.lower;

import dev.rundown.check.TypedExpr;
import dev.rundown.check.TypedStmt;
import dev.rundown.source.Span;

/**
 * Short one-line source text of a statement for step labels: {@code line 14: if r == AlreadyDefined}.
 * A compound statement shows its header only (up to its condition or body); others their first line. Stateless.
 */
final class StmtText {
  private static final int MAX = 60;

  private StmtText() {}

  static String label(TypedStmt s, String suffix) {
    return "line " + s.span().line() + ": " + text(s) + suffix;
  }

  static String text(TypedStmt s) {
    Span span = s.span();
    String all = span.file().text();
    int start = Math.min(span.start(), all.length());
    int end = Math.min(span.end(), all.length());
    TypedExpr header = header(s);
    boolean compound = s instanceof TypedStmt.If
        || s instanceof TypedStmt.While
        || s instanceof TypedStmt.For
        || s instanceof TypedStmt.Choose
        || s instanceof TypedStmt.Either
        || s instanceof TypedStmt.Atomic;
    if (header != null && header.span().file().equals(span.file())) {
      end = Math.min(end, header.span().end());
    } else if (compound) {
      int brace = all.indexOf('{', start);
      end = brace >= 0 ? Math.min(end, brace) : end;
    }
    String text = all.substring(start, Math.max(start, end));
    int nl = text.indexOf('\n');
    if (nl >= 0) {
      text = text.substring(0, nl);
    }
    text = text.replaceAll("\\s+", " ").strip();
    return text.length() > MAX ? text.substring(0, MAX - 3) + "..." : text;
  }

  /** The expression that ends a compound statement's header, or null. */
  private static TypedExpr header(TypedStmt s) {
    if (s instanceof TypedStmt.If i) {
      return i.condition();
    }
    if (s instanceof TypedStmt.While w) {
      return w.condition();
    }
    if (s instanceof TypedStmt.For f) {
      return f.where();
    }
    if (s instanceof TypedStmt.Choose c) {
      return c.where();
    }
    if (s instanceof TypedStmt.Either e && !e.branches().isEmpty()) {
      return e.branches().get(0).guard();
    }
    return null;
  }
}
