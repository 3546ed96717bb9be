package dev.rundown.syntax;

import dev.rundown.diag.DiagnosticCode;
import dev.rundown.diag.Diagnostics;
import dev.rundown.source.SourceFile;
import dev.rundown.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written lexer of the rundown language: turns a source file into tokens ending with EOF.
 * Never throws on any input: bad characters (RD101), unterminated strings and comments (RD102),
 * malformed rule ids (RD103) and oversized integers (RD105) become diagnostics. One instance lexes
 * one file once; not thread-safe.
 *
 * <p>Rule ids are lexed in context: directly after the keyword {@code rule}, and after a comma that
 * follows a rule id, a run of {@code [A-Za-z0-9_-]} is read as one {@link TokenKind#RULEID} (reported
 * with RD103, and kept as a rule id token, when it is not of the form {@code WORD-...-NUMBER}).
 * Strings end at the end of their line: a string without a closing quote on its line is RD102.
 */
public final class Lexer {
  private final SourceFile file;
  private final String text;
  private final Diagnostics diagnostics;
  private final List<Token> tokens = new ArrayList<>();
  private int pos;

  private Lexer(SourceFile file, Diagnostics diagnostics) {
    this.file = file;
    this.text = file.text();
    this.diagnostics = diagnostics;
  }

  /** The tokens of {@code file}, ending with one EOF token; problems go to {@code diagnostics}. */
  public static List<Token> lex(SourceFile file, Diagnostics diagnostics) {
    Lexer lexer = new Lexer(file, diagnostics);
    lexer.run();
    return List.copyOf(lexer.tokens);
  }

  private void run() {
    while (true) {
      skipTrivia();
      if (pos >= text.length()) {
        tokens.add(new Token(TokenKind.EOF, "", span(text.length(), text.length())));
        return;
      }
      char c = text.charAt(pos);
      if (expectsRuleId() && isWordChar(c)) {
        ruleId();
      } else if (isIdentStart(c)) {
        identifierOrKeyword();
      } else if (isDigit(c)) {
        integer();
      } else if (c == '"') {
        string();
      } else if (!punctuation()) {
        badCharacters();
      }
    }
  }

  /** Whitespace, line comments and block comments. */
  private void skipTrivia() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\uFEFF') {
        pos++;
      } else if (c == '/' && peekChar(1) == '/') {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == '/' && peekChar(1) == '*') {
        int start = pos;
        int close = text.indexOf("*/", pos + 2);
        if (close < 0) {
          diagnostics.error(DiagnosticCode.RD102, span(start, start + 2), "unterminated block comment");
          pos = text.length();
        } else {
          pos = close + 2;
        }
      } else {
        return;
      }
    }
  }

  /** After {@code rule}, or after a comma that follows a rule id. */
  private boolean expectsRuleId() {
    int n = tokens.size();
    if (n == 0) {
      return false;
    }
    TokenKind last = tokens.get(n - 1).kind();
    return last == TokenKind.RULE
        || (last == TokenKind.COMMA && n >= 2 && tokens.get(n - 2).kind() == TokenKind.RULEID);
  }

  private void ruleId() {
    int start = pos;
    while (pos < text.length() && (isWordChar(text.charAt(pos)) || text.charAt(pos) == '-')) {
      pos++;
    }
    String id = text.substring(start, pos);
    if (!isWellFormedRuleId(id)) {
      diagnostics.error(
          DiagnosticCode.RD103, span(start, pos), "malformed rule id `" + id + "`: expected a form like FLT-CTX-28");
    }
    tokens.add(new Token(TokenKind.RULEID, id, span(start, pos)));
  }

  /** {@code [A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9]+}. */
  static boolean isWellFormedRuleId(String id) {
    String[] parts = id.split("-", -1);
    if (parts.length < 2) {
      return false;
    }
    String first = parts[0];
    if (first.isEmpty() || first.charAt(0) < 'A' || first.charAt(0) > 'Z' || !allMatch(first, true)) {
      return false;
    }
    for (int i = 1; i < parts.length - 1; i++) {
      if (parts[i].isEmpty() || !allMatch(parts[i], true)) {
        return false;
      }
    }
    String last = parts[parts.length - 1];
    return !last.isEmpty() && allMatch(last, false);
  }

  private static boolean allMatch(String part, boolean lettersAllowed) {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (!isDigit(c) && !(lettersAllowed && c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  private void identifierOrKeyword() {
    int start = pos;
    while (pos < text.length() && isWordChar(text.charAt(pos))) {
      pos++;
    }
    String word = text.substring(start, pos);
    TokenKind keyword = TokenKind.keyword(word);
    tokens.add(new Token(keyword != null ? keyword : TokenKind.IDENT, word, span(start, pos)));
  }

  private void integer() {
    int start = pos;
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
    String digits = text.substring(start, pos);
    if (!fitsInt(digits)) {
      diagnostics.error(
          DiagnosticCode.RD105, span(start, pos), "integer " + digits + " is larger than " + Integer.MAX_VALUE);
    }
    tokens.add(new Token(TokenKind.INT, digits, span(start, pos)));
  }

  /** Whether a run of decimal digits denotes a value of at most {@link Integer#MAX_VALUE}. */
  static boolean fitsInt(String digits) {
    int first = 0;
    while (first < digits.length() - 1 && digits.charAt(first) == '0') {
      first++;
    }
    String significant = digits.substring(first);
    return significant.length() < 10
        || (significant.length() == 10 && significant.compareTo(String.valueOf(Integer.MAX_VALUE)) <= 0);
  }

  private void string() {
    int start = pos;
    pos++;
    StringBuilder value = new StringBuilder();
    while (true) {
      if (pos >= text.length() || text.charAt(pos) == '\n') {
        diagnostics.error(DiagnosticCode.RD102, span(start, start + 1), "unterminated string");
        break;
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        break;
      }
      if (c == '\\' && (peekChar(1) == '"' || peekChar(1) == '\\')) {
        value.append(peekChar(1));
        pos += 2;
      } else if (c == '\\') {
        diagnostics.error(DiagnosticCode.RD101, span(pos, pos + 1), "unknown escape: only \\\" and \\\\ are allowed");
        value.append(c);
        pos++;
      } else {
        value.append(c);
        pos++;
      }
    }
    tokens.add(new Token(TokenKind.STRING, value.toString(), span(start, pos)));
  }

  /** Reads one punctuation token, longest match first; false when none starts here. */
  private boolean punctuation() {
    char c = text.charAt(pos);
    char next = peekChar(1);
    TokenKind kind;
    int length = 2;
    if (c == ':' && next == '=') {
      kind = TokenKind.ASSIGN;
    } else if (c == '+' && next == '=') {
      kind = TokenKind.PLUS_ASSIGN;
    } else if (c == '-' && next == '=') {
      kind = TokenKind.MINUS_ASSIGN;
    } else if (c == '=' && next == '=') {
      kind = TokenKind.EQ;
    } else if (c == '!' && next == '=') {
      kind = TokenKind.NE;
    } else if (c == '<' && next == '=') {
      kind = TokenKind.LE;
    } else if (c == '>' && next == '=') {
      kind = TokenKind.GE;
    } else if (c == '.' && next == '.') {
      kind = TokenKind.DOTDOT;
    } else {
      kind = singleCharacter(c);
      length = 1;
    }
    if (kind == null) {
      return false;
    }
    tokens.add(new Token(kind, text.substring(pos, pos + length), span(pos, pos + length)));
    pos += length;
    return true;
  }

  private static TokenKind singleCharacter(char c) {
    switch (c) {
      case '{': return TokenKind.LBRACE;
      case '}': return TokenKind.RBRACE;
      case '(': return TokenKind.LPAREN;
      case ')': return TokenKind.RPAREN;
      case '[': return TokenKind.LBRACKET;
      case ']': return TokenKind.RBRACKET;
      case ',': return TokenKind.COMMA;
      case ';': return TokenKind.SEMI;
      case ':': return TokenKind.COLON;
      case '.': return TokenKind.DOT;
      case '|': return TokenKind.BAR;
      case '?': return TokenKind.QUESTION;
      case '=': return TokenKind.EQUALS;
      case '<': return TokenKind.LT;
      case '>': return TokenKind.GT;
      case '+': return TokenKind.PLUS;
      case '-': return TokenKind.MINUS;
      default: return null;
    }
  }

  /** A run of characters that start no token: one diagnostic for the whole run. */
  private void badCharacters() {
    int start = pos;
    do {
      pos++;
    } while (pos < text.length() && startsNothing(pos));
    diagnostics.error(DiagnosticCode.RD101, span(start, pos), "unexpected character `" + text.substring(start, pos) + "`");
  }

  private boolean startsNothing(int at) {
    char c = text.charAt(at);
    if (isWordChar(c) || c == '"' || c == '/' || Character.isWhitespace(c) || c == '\uFEFF') {
      return false;
    }
    return singleCharacter(c) == null && c != '!';
  }

  private char peekChar(int ahead) {
    int at = pos + ahead;
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private Span span(int start, int end) {
    return new Span(file, start, end);
  }

  private static boolean isIdentStart(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  }

  private static boolean isWordChar(char c) {
    return isIdentStart(c) || isDigit(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
