package dev.rundown.lower;

import dev.rundown.check.TypedExpr;
import dev.rundown.ir.Expr;
import dev.rundown.ir.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers typed expressions to IR expressions: globals and fields become reads of state variables, variables
 * become whatever the {@link Env} binds them to, quantifiers get fresh slots. Stateless apart from the table it reads.
 */
final class ExprLowering {
  /** An assignable place: a state variable at an index. */
  record Target(int var, List<Expr> index, Type type) {}

  private final VarTable vars;

  ExprLowering(VarTable vars) {
    this.vars = vars;
  }

  Expr lower(TypedExpr e, Env env, Slots slots) {
    if (e instanceof TypedExpr.Const c) {
      return new Expr.Const(Types.of(c.type()), c.value(), c.span());
    }
    if (e instanceof TypedExpr.Var v) {
      Expr bound = env.lookup(v.name());
      return bound instanceof Expr.Bound b ? new Expr.Bound(b.slot(), b.name(), b.type(), v.span()) : bound;
    }
    if (e instanceof TypedExpr.Global g) {
      int var = vars.index("", g.name());
      return new Expr.Read(var, List.of(), vars.get(var).type(), g.span());
    }
    if (e instanceof TypedExpr.Field f) {
      int var = vars.index(f.kind(), f.field());
      return new Expr.Read(var, List.of(lower(f.target(), env, slots)), vars.get(var).type(), f.span());
    }
    if (e instanceof TypedExpr.Unary u) {
      Expr.UnaryOp op = Expr.UnaryOp.valueOf(u.op().name());
      return new Expr.Unary(op, lower(u.operand(), env, slots), Types.of(u.type()), u.span());
    }
    if (e instanceof TypedExpr.Binary b) {
      Expr.BinaryOp op = Expr.BinaryOp.valueOf(b.op().name());
      return new Expr.Binary(op, lower(b.left(), env, slots), lower(b.right(), env, slots), Types.of(b.type()), b.span());
    }
    if (e instanceof TypedExpr.In in) {
      List<Expr> set = new ArrayList<>();
      in.set().forEach(m -> set.add(lower(m, env, slots)));
      return new Expr.In(lower(in.element(), env, slots), set, in.span());
    }
    if (e instanceof TypedExpr.Quantified q) {
      int slot = slots.fresh();
      Type domain = Types.of(q.domain());
      Env inner = env.with(q.variable(), new Expr.Bound(slot, q.variable(), domain, q.span()));
      Expr.Quantifier quantifier = Expr.Quantifier.valueOf(q.quantifier().name());
      return new Expr.Quantified(quantifier, slot, q.variable(), domain, lower(q.body(), inner, slots), Types.of(q.type()), q.span());
    }
    throw new IllegalStateException("unknown expression " + e);
  }

  /** The state variable and index a global, field or local names. */
  Target target(TypedExpr e, Env env, Slots slots) {
    Expr place = lower(e, env, slots);
    if (place instanceof Expr.Read r) {
      return new Target(r.var(), r.index(), vars.get(r.var()).type());
    }
    throw new IllegalStateException("not assignable: " + e);
  }
}
