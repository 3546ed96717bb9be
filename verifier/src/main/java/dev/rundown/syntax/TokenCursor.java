package dev.rundown.syntax;

import dev.rundown.diag.DiagnosticCode;
import dev.rundown.diag.Diagnostics;
import dev.rundown.source.SourceFile;
import dev.rundown.source.Span;
import dev.rundown.syntax.ast.Ident;
import java.util.List;

/**
 * The parser's position in a token list, with the helpers every parsing method shares: look-ahead,
 * expecting a kind, spans from a start token, and error reporting (RD104) that unwinds to recovery.
 * Mutable, one per parse; not thread-safe. The token list always ends with EOF, and the cursor never
 * moves past it.
 */
final class TokenCursor {
  /** Deeper nesting than this is reported instead of risking a stack overflow. */
  private static final int MAX_DEPTH = 200;

  private final SourceFile file;
  private final List<Token> tokens;
  private final Diagnostics diagnostics;
  private int pos;
  private int depth;

  TokenCursor(SourceFile file, List<Token> tokens, Diagnostics diagnostics) {
    this.file = file;
    this.tokens = tokens;
    this.diagnostics = diagnostics;
  }

  /** Unwinds from the point of a syntax error to the declaration loop, which resynchronises. */
  static final class SyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SyntaxError() {
      super(null, null, false, false);
    }
  }

  Token peek() {
    return tokens.get(pos);
  }

  /** The token {@code ahead} positions on (0 is {@link #peek()}); EOF past the end. */
  Token peek(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  boolean at(TokenKind kind) {
    return peek().kind() == kind;
  }

  Token advance() {
    Token token = peek();
    if (token.kind() != TokenKind.EOF) {
      pos++;
    }
    return token;
  }

  /** Consumes the next token if it is of {@code kind}. */
  boolean accept(TokenKind kind) {
    if (at(kind)) {
      advance();
      return true;
    }
    return false;
  }

  Token expect(TokenKind kind) {
    if (!at(kind)) {
      throw error(kind.description());
    }
    return advance();
  }

  Ident ident() {
    Token token = expect(TokenKind.IDENT);
    return new Ident(token.text(), token.span());
  }

  /** Reports RD104 at the next token ("expected {@code what}, found ...") and returns the error to throw. */
  SyntaxError error(String what) {
    Token found = peek();
    diagnostics.error(DiagnosticCode.RD104, found.span(), "expected " + what + ", found " + found.describe());
    return new SyntaxError();
  }

  /** Reports RD104 at {@code token} with a message of its own and returns the error to throw. */
  SyntaxError errorAt(Token token, String message) {
    diagnostics.error(DiagnosticCode.RD104, token.span(), message);
    return new SyntaxError();
  }

  /** From the start of {@code first} to the end of the last consumed token. */
  Span spanFrom(Token first) {
    return spanFrom(first.span());
  }

  Span spanFrom(Span first) {
    int end = pos == 0 ? first.end() : Math.max(first.end(), tokens.get(pos - 1).span().end());
    return new Span(file, first.start(), end);
  }

  int position() {
    return pos;
  }

  /** Enters one level of nesting (a block or a parenthesised or prefix expression). */
  void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("less deeply nested code");
    }
  }

  void leave() {
    depth--;
  }

  void resetDepth() {
    depth = 0;
  }
}
