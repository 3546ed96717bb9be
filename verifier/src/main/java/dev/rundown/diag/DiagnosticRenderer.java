package dev.rundown.diag;

import dev.rundown.source.Span;

/**
 * Renders a diagnostic as {@code file:line:col: error[RD104]: message}, the source line and a caret.
 * Stateless.
 */
public final class DiagnosticRenderer {
  private DiagnosticRenderer() {}

  public static String render(Diagnostic d) {
    Span span = d.span();
    StringBuilder out = new StringBuilder();
    out.append(span.location())
        .append(": ")
        .append(d.severity().name().toLowerCase(java.util.Locale.ROOT))
        .append('[')
        .append(d.code().name())
        .append("]: ")
        .append(d.message())
        .append('\n');
    if (span != Span.NONE && !span.file().text().isEmpty()) {
      int line = span.line();
      String text = span.file().lineText(line);
      int col = span.column();
      int width = Math.max(1, Math.min(span.end(), span.start() + text.length() - col + 1) - span.start());
      if (span.file().line(span.end()) != line) {
        width = Math.max(1, text.length() - col + 1);
      }
      String gutter = String.valueOf(line);
      out.append(' ').append(gutter).append(" | ").append(text).append('\n');
      out.append(" ".repeat(gutter.length() + 1)).append(" | ");
      for (int i = 1; i < col; i++) {
        out.append(i - 1 < text.length() && text.charAt(i - 1) == '\t' ? '\t' : ' ');
      }
      out.append("^".repeat(width)).append('\n');
    }
    for (String note : d.notes()) {
      out.append("  = note: ").append(note).append('\n');
    }
    return out.toString();
  }
}
