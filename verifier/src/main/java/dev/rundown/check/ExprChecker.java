package dev.rundown.check;

import dev.rundown.check.CheckedModel.EnumDef;
import dev.rundown.check.CheckedModel.VarDef;
import dev.rundown.check.TypedExpr.Const;
import dev.rundown.check.TypedExpr.VarKind;
import dev.rundown.diag.DiagnosticCode;
import dev.rundown.diag.Diagnostics;
import dev.rundown.source.Span;
import dev.rundown.syntax.ast.Expr;
import dev.rundown.syntax.ast.Ident;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves and types expressions: names against the scope, globals and enum values (bare values by the
 * expected type, else by uniqueness), fields against kinds. Reports RD201, RD202, RD203, RD204, RD214.
 * Stateless apart from the diagnostics it adds to; one per check run.
 */
final class ExprChecker {
  private final Declarations decls;
  private final Diagnostics diags;

  ExprChecker(Declarations decls) {
    this.decls = decls;
    this.diags = decls.diags;
  }

  /** A bool expression; anything else is RD203. */
  TypedExpr checkBool(Expr e, Scope scope) {
    TypedExpr t = check(e, ValueType.BOOL, scope);
    if (!(t.type() instanceof ValueType.BoolType) && !t.type().isError()) {
      diags.error(DiagnosticCode.RD203, e.span(), "expected a bool, found " + t.type());
    }
    return t;
  }

  /** An expression whose value is stored into (or passed as) {@code target}; RD203 when not assignable. */
  TypedExpr checkValue(Expr e, ValueType target, Scope scope) {
    TypedExpr t = check(e, target, scope);
    if (!ValueType.assignable(target, t.type())) {
      diags.error(DiagnosticCode.RD203, e.span(), "expected " + target + ", found " + t.type());
    }
    return t;
  }

  /** Declares a parameter, local or bound variable; shadowing a visible variable or a global is RD202. */
  TypedExpr.Var declare(Scope scope, Ident name, VarKind kind, ValueType type) {
    if (scope.lookup(name.name()) != null || decls.globals.containsKey(name.name())) {
      diags.error(DiagnosticCode.RD202, name.span(), "'" + name + "' is already declared here");
    }
    TypedExpr.Var v = new TypedExpr.Var(name.name(), kind, type, name.span());
    scope.put(v);
    return v;
  }

  /** Types {@code e}; {@code expected} (nullable) only resolves bare enum values and {@code none}, it is not enforced. */
  TypedExpr check(Expr e, ValueType expected, Scope scope) {
    if (e instanceof Expr.BoolLit b) {
      return new Const(ValueType.BOOL, b.value() ? 1 : 0, e.span());
    }
    if (e instanceof Expr.IntLit i) {
      return intConst(i.value(), e.span());
    }
    if (e instanceof Expr.NoneLit) {
      if (expected instanceof ValueType.KindType k && k.optional()) {
        return new Const(k, -1, e.span());
      }
      return new Const(ValueType.NONE, -1, e.span());
    }
    if (e instanceof Expr.Name n) {
      return name(n, expected, scope);
    }
    if (e instanceof Expr.Field f) {
      return field(f, scope);
    }
    if (e instanceof Expr.Unary u) {
      return unary(u, scope);
    }
    if (e instanceof Expr.Binary b) {
      return binary(b, scope);
    }
    if (e instanceof Expr.In in) {
      return in(in, scope);
    }
    if (e instanceof Expr.Quantified q) {
      return quantified(q, scope);
    }
    throw new IllegalStateException("unknown expression " + e);
  }

  static Const error(Span span) {
    return new Const(ValueType.ERROR, 0, span);
  }

  private Const intConst(long value, Span span) {
    if (value > Integer.MAX_VALUE / 2 || value < Integer.MIN_VALUE / 2) {
      diags.error(DiagnosticCode.RD203, span, "integer " + value + " is too large");
      return error(span);
    }
    return new Const(ValueType.INT, (int) value, span);
  }

  /** Whether the type of {@code e} comes from its context: {@code none} or a bare enum value. */
  private boolean contextual(Expr e, Scope scope) {
    if (e instanceof Expr.NoneLit) {
      return true;
    }
    return e instanceof Expr.Name n && scope.lookup(n.name()) == null && !decls.globals.containsKey(n.name());
  }

  private TypedExpr name(Expr.Name n, ValueType expected, Scope scope) {
    TypedExpr.Var v = scope.lookup(n.name());
    if (v != null) {
      return new TypedExpr.Var(v.name(), v.kind(), v.type(), n.span());
    }
    VarDef g = decls.globals.get(n.name());
    if (g != null) {
      return new TypedExpr.Global(g.name(), g.type(), n.span());
    }
    List<ValueType.EnumType> candidates = decls.enumsByValue.get(n.name());
    if (candidates != null) {
      if (expected instanceof ValueType.EnumType et && candidates.contains(et)) {
        return new Const(et, et.ordinal(n.name()), n.span());
      }
      if (candidates.size() == 1) {
        ValueType.EnumType et = candidates.get(0);
        return new Const(et, et.ordinal(n.name()), n.span());
      }
      diags.error(
          DiagnosticCode.RD214,
          n.span(),
          "'" + n.name() + "' is a value of several enums; qualify it, e.g. " + candidates.get(0).name() + "." + n.name());
      return error(n.span());
    }
    if (decls.kinds.containsKey(n.name()) || decls.enums.containsKey(n.name())) {
      diags.error(DiagnosticCode.RD201, n.span(), "'" + n.name() + "' is a type, not a value");
    } else {
      diags.error(DiagnosticCode.RD201, n.span(), "unknown name '" + n.name() + "'");
    }
    return error(n.span());
  }

  private TypedExpr field(Expr.Field f, Scope scope) {
    if (f.target() instanceof Expr.Name n
        && contextual(n, scope)
        && decls.enums.containsKey(n.name())) {
      EnumDef def = decls.enums.get(n.name());
      int ordinal = def.values().indexOf(f.field().name());
      if (ordinal < 0) {
        diags.error(DiagnosticCode.RD204, f.field().span(), "enum " + n.name() + " has no value '" + f.field() + "'");
        return error(f.span());
      }
      return new Const(def.type(), ordinal, f.span());
    }
    TypedExpr target = check(f.target(), null, scope);
    if (target.type().isError()) {
      return error(f.span());
    }
    if (target.type() instanceof ValueType.KindType k) {
      VarDef field = decls.kinds.get(k.kind()).fields().get(f.field().name());
      if (field == null) {
        diags.error(DiagnosticCode.RD204, f.field().span(), "kind " + k.kind() + " has no field '" + f.field() + "'");
        return error(f.span());
      }
      return new TypedExpr.Field(target, k.kind(), field.name(), field.type(), f.span());
    }
    diags.error(DiagnosticCode.RD204, f.field().span(), "a value of type " + target.type() + " has no fields");
    return error(f.span());
  }

  private TypedExpr unary(Expr.Unary u, Scope scope) {
    if (u.op() == Expr.UnaryOp.NOT) {
      return new TypedExpr.Unary(u.op(), checkBool(u.operand(), scope), ValueType.BOOL, u.span());
    }
    if (u.operand() instanceof Expr.IntLit i) {
      return intConst(-i.value(), u.span());
    }
    return new TypedExpr.Unary(u.op(), checkInt(u.operand(), scope), ValueType.INT, u.span());
  }

  private TypedExpr checkInt(Expr e, Scope scope) {
    TypedExpr t = check(e, ValueType.INT, scope);
    if (!t.type().isInt() && !t.type().isError()) {
      diags.error(DiagnosticCode.RD203, e.span(), "expected an integer, found " + t.type());
    }
    return t;
  }

  private TypedExpr binary(Expr.Binary b, Scope scope) {
    switch (b.op()) {
      case AND, OR, IMPLIES -> {
        TypedExpr l = checkBool(b.left(), scope);
        TypedExpr r = checkBool(b.right(), scope);
        return new TypedExpr.Binary(b.op(), l, r, ValueType.BOOL, b.span());
      }
      case EQ, NE -> {
        TypedExpr l;
        TypedExpr r;
        if (contextual(b.left(), scope) && !contextual(b.right(), scope)) {
          r = check(b.right(), null, scope);
          l = check(b.left(), r.type(), scope);
        } else {
          l = check(b.left(), null, scope);
          r = check(b.right(), l.type(), scope);
        }
        if (!ValueType.comparable(l.type(), r.type())) {
          diags.error(DiagnosticCode.RD203, b.span(), "cannot compare " + l.type() + " with " + r.type());
        }
        return new TypedExpr.Binary(b.op(), l, r, ValueType.BOOL, b.span());
      }
      case LT, LE, GT, GE -> {
        TypedExpr l = checkInt(b.left(), scope);
        TypedExpr r = checkInt(b.right(), scope);
        return new TypedExpr.Binary(b.op(), l, r, ValueType.BOOL, b.span());
      }
      case ADD, SUB -> {
        TypedExpr l = checkInt(b.left(), scope);
        TypedExpr r = checkInt(b.right(), scope);
        return new TypedExpr.Binary(b.op(), l, r, ValueType.INT, b.span());
      }
      default -> throw new IllegalStateException("unknown operator " + b.op());
    }
  }

  private TypedExpr in(Expr.In in, Scope scope) {
    List<Expr> set = in.set();
    TypedExpr[] members = new TypedExpr[set.size()];
    TypedExpr element;
    if (contextual(in.element(), scope)) {
      ValueType hint = null;
      for (int i = 0; i < set.size(); i++) {
        if (!contextual(set.get(i), scope)) {
          members[i] = check(set.get(i), null, scope);
          hint = hint == null ? members[i].type() : hint;
        }
      }
      element = check(in.element(), hint, scope);
    } else {
      element = check(in.element(), null, scope);
    }
    List<TypedExpr> typed = new ArrayList<>();
    for (int i = 0; i < set.size(); i++) {
      TypedExpr m = members[i] != null ? members[i] : check(set.get(i), element.type(), scope);
      if (!ValueType.comparable(element.type(), m.type())) {
        diags.error(DiagnosticCode.RD203, set.get(i).span(), "expected " + element.type() + ", found " + m.type());
      }
      typed.add(m);
    }
    return new TypedExpr.In(element, typed, in.span());
  }

  private TypedExpr quantified(Expr.Quantified q, Scope scope) {
    ValueType domain = decls.resolveDomain(q.domain());
    Scope inner = scope.child();
    declare(inner, q.variable(), VarKind.BOUND, domain);
    TypedExpr body = checkBool(q.body(), inner);
    ValueType type = q.quantifier() == Expr.Quantifier.COUNT ? ValueType.INT : ValueType.BOOL;
    return new TypedExpr.Quantified(q.quantifier(), q.variable().name(), domain, body, type, q.span());
  }
}
