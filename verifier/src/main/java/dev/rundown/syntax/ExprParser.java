package dev.rundown.syntax;

import dev.rundown.syntax.ast.Expr;
import dev.rundown.syntax.ast.Expr.BinaryOp;
import dev.rundown.syntax.ast.Expr.Quantifier;
import dev.rundown.syntax.ast.Expr.UnaryOp;
import dev.rundown.syntax.ast.Ident;
import dev.rundown.syntax.ast.TypeRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parsing of expressions and types over a shared {@link TokenCursor}.
 * Precedence, lowest first: quantifier (body as far right as possible), {@code implies} (right
 * associative), {@code or}, {@code and}, {@code not}, comparison and {@code in} (non-chaining),
 * {@code + -}, unary {@code -}, postfix {@code .field}, primary. Not thread-safe.
 */
final class ExprParser {
  private final TokenCursor c;

  ExprParser(TokenCursor cursor) {
    this.c = cursor;
  }

  /** Whether the next token can begin an expression. */
  boolean atExprStart() {
    switch (c.peek().kind()) {
      case IDENT:
      case INT:
      case TRUE:
      case FALSE:
      case NONE:
      case LPAREN:
      case MINUS:
      case NOT:
      case ALL:
      case SOME:
      case NO:
      case COUNT:
        return true;
      default:
        return false;
    }
  }

  Expr expr() {
    c.enter();
    try {
      return implies();
    } finally {
      c.leave();
    }
  }

  /** Comma-separated expressions, at least one. */
  List<Expr> exprList() {
    List<Expr> list = new ArrayList<>();
    do {
      list.add(expr());
    } while (c.accept(TokenKind.COMMA));
    return list;
  }

  private Expr implies() {
    Token start = c.peek();
    Expr left = or();
    if (c.accept(TokenKind.IMPLIES)) {
      Expr right = expr();
      return new Expr.Binary(BinaryOp.IMPLIES, left, right, c.spanFrom(start));
    }
    return left;
  }

  private Expr or() {
    Token start = c.peek();
    Expr left = and();
    while (c.accept(TokenKind.OR)) {
      left = new Expr.Binary(BinaryOp.OR, left, and(), c.spanFrom(start));
    }
    return left;
  }

  private Expr and() {
    Token start = c.peek();
    Expr left = not();
    while (c.accept(TokenKind.AND)) {
      left = new Expr.Binary(BinaryOp.AND, left, not(), c.spanFrom(start));
    }
    return left;
  }

  private Expr not() {
    Token start = c.peek();
    if (c.accept(TokenKind.NOT)) {
      c.enter();
      try {
        return new Expr.Unary(UnaryOp.NOT, not(), c.spanFrom(start));
      } finally {
        c.leave();
      }
    }
    return comparison();
  }

  private Expr comparison() {
    Token start = c.peek();
    Expr left = additive();
    Expr result;
    if (c.accept(TokenKind.IN)) {
      c.expect(TokenKind.LBRACE);
      List<Expr> set = exprList();
      c.expect(TokenKind.RBRACE);
      result = new Expr.In(left, set, c.spanFrom(start));
    } else {
      BinaryOp op = comparisonOp(c.peek().kind());
      if (op == null) {
        return left;
      }
      c.advance();
      result = new Expr.Binary(op, left, additive(), c.spanFrom(start));
    }
    if (c.at(TokenKind.IN) || comparisonOp(c.peek().kind()) != null) {
      throw c.errorAt(c.peek(), "comparisons do not chain: add parentheses before " + c.peek().describe());
    }
    return result;
  }

  private static BinaryOp comparisonOp(TokenKind kind) {
    switch (kind) {
      case EQ: return BinaryOp.EQ;
      case NE: return BinaryOp.NE;
      case LT: return BinaryOp.LT;
      case LE: return BinaryOp.LE;
      case GT: return BinaryOp.GT;
      case GE: return BinaryOp.GE;
      default: return null;
    }
  }

  private Expr additive() {
    Token start = c.peek();
    Expr left = unary();
    while (c.at(TokenKind.PLUS) || c.at(TokenKind.MINUS)) {
      BinaryOp op = c.advance().kind() == TokenKind.PLUS ? BinaryOp.ADD : BinaryOp.SUB;
      left = new Expr.Binary(op, left, unary(), c.spanFrom(start));
    }
    return left;
  }

  /** Unary minus (folded into a negative literal before an integer) and quantifiers. */
  private Expr unary() {
    Token start = c.peek();
    if (c.accept(TokenKind.MINUS)) {
      if (c.at(TokenKind.INT)) {
        return new Expr.IntLit(-intValue(c.advance()), c.spanFrom(start));
      }
      c.enter();
      try {
        return new Expr.Unary(UnaryOp.NEG, unary(), c.spanFrom(start));
      } finally {
        c.leave();
      }
    }
    Quantifier quantifier = quantifier(start.kind());
    if (quantifier != null) {
      c.advance();
      Ident variable = c.ident();
      c.expect(TokenKind.COLON);
      TypeRef domain = type();
      c.expect(TokenKind.BAR);
      Expr body = expr();
      return new Expr.Quantified(quantifier, variable, domain, body, c.spanFrom(start));
    }
    return postfix();
  }

  private static Quantifier quantifier(TokenKind kind) {
    switch (kind) {
      case ALL: return Quantifier.ALL;
      case SOME: return Quantifier.SOME;
      case NO: return Quantifier.NO;
      case COUNT: return Quantifier.COUNT;
      default: return null;
    }
  }

  /** A primary followed by any number of {@code .field}. */
  Expr postfix() {
    Token start = c.peek();
    Expr e = primary();
    while (c.accept(TokenKind.DOT)) {
      Ident field = c.ident();
      e = new Expr.Field(e, field, c.spanFrom(start));
    }
    return e;
  }

  private Expr primary() {
    Token t = c.peek();
    switch (t.kind()) {
      case IDENT:
        c.advance();
        return new Expr.Name(t.text(), t.span());
      case INT:
        c.advance();
        return new Expr.IntLit(intValue(t), t.span());
      case TRUE:
      case FALSE:
        c.advance();
        return new Expr.BoolLit(t.kind() == TokenKind.TRUE, t.span());
      case NONE:
        c.advance();
        return new Expr.NoneLit(t.span());
      case LPAREN:
        c.advance();
        Expr inner = expr();
        c.expect(TokenKind.RPAREN);
        return inner;
      default:
        throw c.error("an expression");
    }
  }

  /** {@code bool}, {@code [-]lo..[-]hi}, or {@code Name[?]}. */
  TypeRef type() {
    Token start = c.peek();
    if (c.accept(TokenKind.BOOL)) {
      return new TypeRef.Bool(start.span());
    }
    if (c.at(TokenKind.INT) || c.at(TokenKind.MINUS)) {
      long lo = signedInt();
      c.expect(TokenKind.DOTDOT);
      long hi = signedInt();
      return new TypeRef.Range(lo, hi, c.spanFrom(start));
    }
    if (c.at(TokenKind.IDENT)) {
      String name = c.advance().text();
      boolean optional = c.accept(TokenKind.QUESTION);
      return new TypeRef.Named(name, optional, c.spanFrom(start));
    }
    throw c.error("a type");
  }

  /** An integer literal with an optional leading minus. */
  long signedInt() {
    boolean negative = c.accept(TokenKind.MINUS);
    long value = intValue(c.expect(TokenKind.INT));
    return negative ? -value : value;
  }

  /** The value of an INT token; an oversized literal (already RD105) reads as {@link Integer#MAX_VALUE}. */
  static long intValue(Token token) {
    return Lexer.fitsInt(token.text()) ? Long.parseLong(token.text()) : Integer.MAX_VALUE;
  }
}
