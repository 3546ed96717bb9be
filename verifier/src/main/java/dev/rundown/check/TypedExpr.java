package dev.rundown.check;

import dev.rundown.source.Span;
import dev.rundown.syntax.ast.Expr.BinaryOp;
import dev.rundown.syntax.ast.Expr.Quantifier;
import dev.rundown.syntax.ast.Expr.UnaryOp;
import java.util.List;

/**
 * Resolved, typed expressions: the checker's output. Immutable records with the span of the source text.
 * Names are resolved to variables, globals, fields or constants; operators reuse the AST's enums.
 */
public sealed interface TypedExpr {
  ValueType type();

  Span span();

  /**
   * A constant, encoded as the IR encodes values: bool 0/1, integers as themselves, enum values by ordinal,
   * {@code none} as -1.
   */
  record Const(ValueType type, int value, Span span) implements TypedExpr {}

  /** A variable visible in a body: a parameter, a bound variable (quantifier, for, choose) or a local. */
  record Var(String name, VarKind kind, ValueType type, Span span) implements TypedExpr {}

  record Global(String name, ValueType type, Span span) implements TypedExpr {}

  /** {@code target.field}, where {@code target} has type {@code kind} or {@code kind?}. */
  record Field(TypedExpr target, String kind, String field, ValueType type, Span span) implements TypedExpr {}

  record Unary(UnaryOp op, TypedExpr operand, ValueType type, Span span) implements TypedExpr {}

  record Binary(BinaryOp op, TypedExpr left, TypedExpr right, ValueType type, Span span) implements TypedExpr {}

  record In(TypedExpr element, List<TypedExpr> set, Span span) implements TypedExpr {
    public In {
      set = List.copyOf(set);
    }

    @Override
    public ValueType type() {
      return ValueType.BOOL;
    }
  }

  record Quantified(Quantifier quantifier, String variable, ValueType domain, TypedExpr body, ValueType type, Span span)
      implements TypedExpr {}

  enum VarKind {
    PARAM,
    BOUND,
    LOCAL
  }
}
