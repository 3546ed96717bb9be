package dev.rundown.lower;

import dev.rundown.check.ValueType;
import dev.rundown.ir.Expr;
import dev.rundown.ir.Type;
import dev.rundown.source.Span;

/** Maps checked types to IR types and gives each type's default value. Stateless. */
final class Types {
  private Types() {}

  static Type of(ValueType t) {
    if (t instanceof ValueType.BoolType) {
      return Type.BOOL;
    }
    if (t instanceof ValueType.RangeType r) {
      return new Type.IntType(r.lo(), r.hi());
    }
    if (t instanceof ValueType.IntType) {
      return Type.INT;
    }
    if (t instanceof ValueType.EnumType e) {
      return new Type.EnumType(e.name(), e.values());
    }
    if (t instanceof ValueType.KindType k) {
      return new Type.KindType(k.kind(), k.optional());
    }
    throw new IllegalArgumentException("no IR type for " + t);
  }

  /** false, lo, the first enum value, none for an optional kind, the first instance for a required one. */
  static Expr.Const defaultValue(Type t, Span span) {
    int v = 0;
    if (t instanceof Type.IntType r) {
      v = r.lo();
    } else if (t instanceof Type.KindType k && k.optional()) {
      v = -1;
    }
    return new Expr.Const(t, v, span);
  }

  static Expr.Const bool(boolean b, Span span) {
    return new Expr.Const(Type.BOOL, b ? 1 : 0, span);
  }

  /** {@code a and b}, dropping a literal {@code true} on either side. */
  static Expr and(Expr a, Expr b) {
    if (isTrue(a)) {
      return b;
    }
    if (isTrue(b)) {
      return a;
    }
    return new Expr.Binary(Expr.BinaryOp.AND, a, b, Type.BOOL, a.span().to(b.span()));
  }

  static boolean isTrue(Expr e) {
    return e instanceof Expr.Const c && c.type() instanceof Type.BoolType && c.value() == 1;
  }
}
