package dev.rundown.syntax;

import dev.rundown.source.Span;

/**
 * One token: its kind, its text and where it is written. Immutable.
 * {@code text} is the source text, except for {@link TokenKind#STRING}, where it is the decoded value
 * (quotes removed, escapes resolved); {@link TokenKind#EOF} has empty text and an empty span at the end.
 */
public record Token(TokenKind kind, String text, Span span) {
  /** How error messages name this token: {@code `foo`}, {@code end of file}. */
  public String describe() {
    if (kind == TokenKind.EOF) {
      return kind.description();
    }
    if (kind == TokenKind.STRING) {
      return "string";
    }
    String source = span.file().text().substring(span.start(), span.end());
    return "`" + source + "`";
  }
}
