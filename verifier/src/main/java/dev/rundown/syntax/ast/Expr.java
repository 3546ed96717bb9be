package dev.rundown.syntax.ast;

import dev.rundown.source.Span;
import java.util.List;

/**
 * Expressions as written. Immutable sealed records; every node carries its span.
 * Names are unresolved: {@link Name} may denote a local, parameter, global or enum value.
 */
public sealed interface Expr {
  Span span();

  record BoolLit(boolean value, Span span) implements Expr {}

  record IntLit(long value, Span span) implements Expr {}

  record NoneLit(Span span) implements Expr {}

  /** A bare name: local, parameter, quantified variable, global, or enum value. */
  record Name(String name, Span span) implements Expr {}

  /** {@code Enum.Value}, or a field access whose target is a {@link Name}; the checker decides. */
  record Field(Expr target, Ident field, Span span) implements Expr {}

  record Unary(UnaryOp op, Expr operand, Span span) implements Expr {}

  record Binary(BinaryOp op, Expr left, Expr right, Span span) implements Expr {}

  /** {@code e in {a, b, c}}. */
  record In(Expr element, List<Expr> set, Span span) implements Expr {
    public In {
      set = List.copyOf(set);
    }
  }

  /** {@code all|some|no|count x: T | body}. */
  record Quantified(Quantifier quantifier, Ident variable, TypeRef domain, Expr body, Span span) implements Expr {}

  enum UnaryOp {
    NOT,
    NEG
  }

  enum BinaryOp {
    IMPLIES,
    OR,
    AND,
    EQ,
    NE,
    LT,
    LE,
    GT,
    GE,
    ADD,
    SUB
  }

  enum Quantifier {
    ALL,
    SOME,
    NO,
    COUNT
  }
}
