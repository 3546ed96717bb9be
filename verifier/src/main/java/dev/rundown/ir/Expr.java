package dev.rundown.ir;

import dev.rundown.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed, resolved expressions. Immutable sealed records; names are gone: state variables are indices
 * into {@link Model#vars()}, bound variables are environment slots of the enclosing action.
 */
public sealed interface Expr {
  Type type();

  Span span();

  /** The direct subexpressions, in evaluation order (the index of a read, an operand, a quantifier's body). */
  default List<Expr> children() {
    if (this instanceof Read r) {
      return r.index();
    }
    if (this instanceof Unary u) {
      return List.of(u.operand());
    }
    if (this instanceof Binary b) {
      return List.of(b.left(), b.right());
    }
    if (this instanceof In in) {
      List<Expr> all = new ArrayList<>(in.set().size() + 1);
      all.add(in.element());
      all.addAll(in.set());
      return List.copyOf(all);
    }
    if (this instanceof Quantified q) {
      return List.of(q.body());
    }
    return List.of();
  }

  /** A constant in the runtime encoding of {@code type} (see {@link Type}). */
  record Const(Type type, int value, Span span) implements Expr {}

  /** A parameter, quantified, {@code for} or {@code choose} variable: environment slot {@code slot}. */
  record Bound(int slot, String name, Type type, Span span) implements Expr {}

  /** The value of state variable {@code var} at the given index (one expression per index type). */
  record Read(int var, List<Expr> index, Type type, Span span) implements Expr {
    public Read {
      index = List.copyOf(index);
    }
  }

  record Unary(UnaryOp op, Expr operand, Type type, Span span) implements Expr {}

  record Binary(BinaryOp op, Expr left, Expr right, Type type, Span span) implements Expr {}

  record In(Expr element, List<Expr> set, Span span) implements Expr {
    public In {
      set = List.copyOf(set);
    }

    @Override
    public Type type() {
      return Type.BOOL;
    }
  }

  /** Binds {@code slot} to each value of {@code domain} in turn; ALL/SOME/NO are bool, COUNT is int. */
  record Quantified(Quantifier quantifier, int slot, String name, Type domain, Expr body, Type type, Span span)
      implements Expr {}

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
