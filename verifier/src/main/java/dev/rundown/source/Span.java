package dev.rundown.source;

/**
 * A half-open range of character offsets {@code [start, end)} in one source file.
 * Immutable. {@link #NONE} marks synthesised nodes that have no text of their own.
 */
public record Span(SourceFile file, int start, int end) {
  public static final Span NONE = new Span(new SourceFile("<none>", ""), 0, 0);

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** The smallest span covering this and {@code other} (same file). */
  public Span to(Span other) {
    if (this == NONE) {
      return other;
    }
    if (other == NONE) {
      return this;
    }
    return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
  }

  public int line() {
    return file.line(start);
  }

  public int column() {
    return file.column(start);
  }

  /** {@code path:line:col}, the form diagnostics and traces print. */
  public String location() {
    return file.path() + ":" + line() + ":" + column();
  }

  @Override
  public String toString() {
    return location();
  }
}
