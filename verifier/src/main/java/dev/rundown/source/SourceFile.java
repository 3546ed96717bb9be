package dev.rundown.source;

import java.util.Arrays;
import java.util.Objects;

/**
 * The immutable text of one model file with its display path and a line index.
 * Thread-safe; identity is the path and the text.
 */
public final class SourceFile {
  private final String path;
  private final String text;
  private final int[] lineStarts;

  public SourceFile(String path, String text) {
    this.path = Objects.requireNonNull(path);
    this.text = Objects.requireNonNull(text);
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[line++] = i + 1;
      }
    }
    this.lineStarts = starts;
  }

  public String path() {
    return path;
  }

  public String text() {
    return text;
  }

  /** 1-based line of an offset (clamped to the text). */
  public int line(int offset) {
    int idx = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
    return idx >= 0 ? idx + 1 : -idx - 1;
  }

  /** 1-based column of an offset. */
  public int column(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    return clamped - lineStarts[line(clamped) - 1] + 1;
  }

  /** The text of a 1-based line, without its line terminator. */
  public String lineText(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    return text.substring(start, Math.max(start, end));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceFile other && path.equals(other.path) && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 31 + text.hashCode();
  }

  @Override
  public String toString() {
    return path;
  }
}
