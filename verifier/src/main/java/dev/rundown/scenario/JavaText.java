package dev.rundown.scenario;

/** Java lexical helpers for generated code: string literals and comment text. Stateless. */
final class JavaText {
  private JavaText() {}

  /** {@code s} as a Java string literal; non-ASCII and control characters as {@code \}{@code uXXXX} escapes. */
  static String literal(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '"' || ch == '\\') {
        out.append('\\').append(ch);
      } else if (ch < 0x20 || ch > 0x7e) {
        out.append(String.format("\\u%04x", (int) ch));
      } else {
        out.append(ch);
      }
    }
    return out.append('"').toString();
  }

  /** The value of a literal written by {@link #literal}; null when {@code text} is not one. */
  static String unliteral(String text) {
    if (text.length() < 2 || text.charAt(0) != '"' || text.charAt(text.length() - 1) != '"') {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < text.length() - 1; i++) {
      char ch = text.charAt(i);
      if (ch != '\\') {
        out.append(ch);
      } else if (i + 1 < text.length() - 1 && text.charAt(i + 1) == 'u' && i + 5 < text.length() - 1) {
        out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
        i += 5;
      } else if (i + 1 < text.length() - 1) {
        out.append(text.charAt(++i));
      } else {
        return null;
      }
    }
    return out.toString();
  }

  /**
   * {@code s} made safe inside a {@code //} comment: one line, ASCII, and no backslash (javac reads
   * {@code \}{@code u} escapes even in comments), so the comment cannot change the code around it.
   */
  static String comment(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      out.append(ch == '\\' ? '/' : ch < 0x20 || ch > 0x7e ? '?' : ch);
    }
    return out.toString();
  }
}
