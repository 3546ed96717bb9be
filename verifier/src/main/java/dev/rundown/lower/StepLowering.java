package dev.rundown.lower;

import dev.rundown.check.CheckedModel.LocalDef;
import dev.rundown.check.CheckedModel.ParamDef;
import dev.rundown.check.CheckedModel.ProcedureDef;
import dev.rundown.check.TypedExpr;
import dev.rundown.check.TypedStmt;
import dev.rundown.ir.Expr;
import dev.rundown.ir.Stmt;
import dev.rundown.ir.Type;
import dev.rundown.syntax.ast.Stmt.AssignOp;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers statements that run inside one atomic step (an action, an {@code atomic} block, one routine step) to IR
 * statements, inlining calls of single-step operations. {@code return} must be in tail position, so the
 * statements after an {@code if}/{@code either}/{@code choose} with a return are sunk into its branches, and the
 * caller's continuation runs at each return of an inlined operation. Stateless apart from the shared context.
 */
final class StepLowering {
  private final LowerContext ctx;

  StepLowering(LowerContext ctx) {
    this.ctx = ctx;
  }

  /**
   * {@code stmts} followed by the continuation {@code k} (which runs on every path that does not return).
   *
   * @param top whether no statement with an effect precedes on this path (operation guards may then be hoisted)
   */
  List<Stmt> seq(List<TypedStmt> stmts, List<Stmt> k, Frame frame, Env env, StepState st, boolean top) {
    return seq(stmts, 0, k, frame, env, st, top);
  }

  private List<Stmt> seq(List<TypedStmt> ss, int i, List<Stmt> k, Frame frame, Env env, StepState st, boolean top) {
    if (i == ss.size()) {
      return k;
    }
    TypedStmt s = ss.get(i);
    if (s instanceof TypedStmt.Return r) {
      List<Expr> values = new ArrayList<>();
      r.values().forEach(v -> values.add(ctx.exprs.lower(v, env, st.slots)));
      return frame.onReturn(values, st);
    }
    if (s instanceof TypedStmt.Atomic a) {
      List<TypedStmt> merged = new ArrayList<>(a.body());
      merged.addAll(ss.subList(i + 1, ss.size()));
      return seq(merged, 0, k, frame, env, st, top);
    }
    if (s instanceof TypedStmt.Call c) {
      return inlineCall(c, seq(ss, i + 1, k, frame, env, st, false), env, st, top);
    }
    if (returns(s)) {
      return stmt(s, seq(ss, i + 1, k, frame, env, st, false), frame, env, st);
    }
    List<Stmt> out = new ArrayList<>(stmt(s, List.of(), frame, env, st));
    out.addAll(seq(ss, i + 1, k, frame, env, st, top && !effectful(s)));
    return out;
  }

  /** One statement whose non-returning paths end with {@code rest}. */
  private List<Stmt> stmt(TypedStmt s, List<Stmt> rest, Frame frame, Env env, StepState st) {
    Slots slots = st.slots;
    if (s instanceof TypedStmt.Assign a) {
      return List.of(assign(a, env, slots));
    }
    if (s instanceof TypedStmt.Local l) {
      if (l.init() == null) {
        return rest;
      }
      ExprLowering.Target t = ctx.exprs.target(new TypedExpr.Var(l.name(), TypedExpr.VarKind.LOCAL, l.type(), l.span()), env, slots);
      return List.of(new Stmt.Assign(t.var(), t.index(), ctx.exprs.lower(l.init(), env, slots), l.span()));
    }
    if (s instanceof TypedStmt.Assert a) {
      return List.of(new Stmt.Assert(ctx.exprs.lower(a.condition(), env, slots), ctx.property(a.property()), a.span()));
    }
    if (s instanceof TypedStmt.Skip) {
      return rest;
    }
    if (s instanceof TypedStmt.If i) {
      Expr cond = ctx.exprs.lower(i.condition(), env, slots);
      List<Stmt> then = seq(i.then(), rest, frame, env, st, false);
      List<Stmt> otherwise = seq(i.otherwise(), rest, frame, env, st, false);
      return List.of(new Stmt.If(cond, then, otherwise, i.span()));
    }
    if (s instanceof TypedStmt.Either e) {
      List<Stmt.Branch> branches = new ArrayList<>();
      for (TypedStmt.Branch b : e.branches()) {
        Expr guard = b.guard() == null ? null : ctx.exprs.lower(b.guard(), env, slots);
        branches.add(new Stmt.Branch(guard, seq(b.body(), rest, frame, env, st, false), b.span()));
      }
      return List.of(new Stmt.Either(branches, e.span()));
    }
    if (s instanceof TypedStmt.Choose c) {
      int slot = slots.fresh();
      Type domain = Types.of(c.domain());
      Env inner = env.with(c.variable(), new Expr.Bound(slot, c.variable(), domain, c.span()));
      Expr where = c.where() == null ? null : ctx.exprs.lower(c.where(), inner, slots);
      List<Stmt> body = seq(c.body(), rest, frame, inner, st, false);
      return List.of(new Stmt.Choose(slot, c.variable(), domain, where, body, c.span()));
    }
    if (s instanceof TypedStmt.For f) {
      int slot = slots.fresh();
      Type domain = Types.of(f.domain());
      Env inner = env.with(f.variable(), new Expr.Bound(slot, f.variable(), domain, f.span()));
      List<Stmt> body = seq(f.body(), List.of(), frame, inner, st, false);
      if (f.where() != null) {
        body = List.of(new Stmt.If(ctx.exprs.lower(f.where(), inner, slots), body, List.of(), f.span()));
      }
      return List.of(new Stmt.For(slot, f.variable(), domain, body, f.span()));
    }
    throw new IllegalStateException("not a single-step statement: " + s);
  }

  private Stmt assign(TypedStmt.Assign a, Env env, Slots slots) {
    ExprLowering.Target t = ctx.exprs.target(a.target(), env, slots);
    Expr value = ctx.exprs.lower(a.value(), env, slots);
    if (a.op() != AssignOp.SET) {
      Expr old = new Expr.Read(t.var(), t.index(), t.type(), a.target().span());
      Expr.BinaryOp op = a.op() == AssignOp.ADD ? Expr.BinaryOp.ADD : Expr.BinaryOp.SUB;
      value = new Expr.Binary(op, old, value, Type.INT, a.span());
    }
    return new Stmt.Assign(t.var(), t.index(), value, a.span());
  }

  /**
   * Inlines a single-step operation: arguments that may change during the step are bound once with Let;
   * the operation's guard joins the step's guard when nothing precedes it and it reads only the step's
   * parameters and state, else it wraps the body in a one-branch Either (no enabled branch: no step).
   */
  List<Stmt> inlineCall(TypedStmt.Call c, List<Stmt> rest, Env env, StepState st, boolean top) {
    ProcedureDef api = ctx.api(c.operation());
    st.calledRules.addAll(api.rules());
    Env body = Env.empty();
    Env guardEnv = Env.empty();
    List<Stmt.Let> lets = new ArrayList<>();
    int maxSlot = -1;
    for (int i = 0; i < api.params().size(); i++) {
      ParamDef p = api.params().get(i);
      Expr arg = ctx.exprs.lower(c.args().get(i), env, st.slots);
      maxSlot = Math.max(maxSlot, maxSlot(arg));
      guardEnv = guardEnv.with(p.name(), arg);
      if (st.owner.stable(arg, ctx.vars)) {
        body = body.with(p.name(), arg);
      } else {
        int slot = st.slots.fresh();
        lets.add(new Stmt.Let(slot, p.name(), arg, List.of(), c.span()));
        body = body.with(p.name(), new Expr.Bound(slot, p.name(), Types.of(p.type()), c.span()));
      }
    }
    body = bindLocals(api, body, st.owner);
    Expr wrap = null;
    if (api.guard() != null) {
      if (top && maxSlot < st.params) {
        st.guards.add(ctx.exprs.lower(api.guard(), guardEnv, st.slots));
      } else {
        wrap = ctx.exprs.lower(api.guard(), body, st.slots);
      }
    }
    Frame frame = (values, state) -> store(c.targets(), env, values, rest, state);
    List<Stmt> out = seq(api.body(), rest, frame, body, st, top && wrap == null);
    if (wrap != null) {
      out = List.of(new Stmt.Either(List.of(new Stmt.Branch(wrap, out, c.span())), c.span()));
    }
    for (int i = lets.size() - 1; i >= 0; i--) {
      Stmt.Let let = lets.get(i);
      out = List.of(new Stmt.Let(let.slot(), let.name(), let.value(), out, let.span()));
    }
    return out;
  }

  /** Creates, in source order, the hidden locals of every operation these statements inline (directly or nested). */
  void declareInlinedLocals(List<TypedStmt> stmts, Owner owner) {
    for (TypedStmt s : stmts) {
      if (s instanceof TypedStmt.Call c && !c.callback()) {
        ProcedureDef api = ctx.api(c.operation());
        bindLocals(api, Env.empty(), owner);
        declareInlinedLocals(api.body(), owner);
      } else if (s instanceof TypedStmt.If i) {
        declareInlinedLocals(i.then(), owner);
        declareInlinedLocals(i.otherwise(), owner);
      } else if (s instanceof TypedStmt.Either e) {
        e.branches().forEach(b -> declareInlinedLocals(b.body(), owner));
      } else if (s instanceof TypedStmt.Choose c) {
        declareInlinedLocals(c.body(), owner);
      } else if (s instanceof TypedStmt.For f) {
        declareInlinedLocals(f.body(), owner);
      } else if (s instanceof TypedStmt.Atomic a) {
        declareInlinedLocals(a.body(), owner);
      }
    }
  }

  /** Binds an inlined operation's locals to hidden variables {@code Api$local} of the step's owner. */
  Env bindLocals(ProcedureDef api, Env env, Owner owner) {
    Env out = env;
    for (LocalDef l : api.locals()) {
      Type type = Types.of(l.type());
      int var = owner.hidden(ctx.vars, api.name() + "$" + l.name(), type, l.span());
      out = out.with(l.name(), owner.read(var, type, l.span()));
    }
    return out;
  }

  /**
   * {@code targets := values} as one simultaneous assignment, then {@code rest}: a value that reads a variable
   * stored by an earlier target is first bound with Let. Targets are lowered in the caller's {@code env}.
   */
  List<Stmt> store(List<TypedExpr> targets, Env env, List<Expr> values, List<Stmt> rest, StepState st) {
    List<Stmt.Let> lets = new ArrayList<>();
    List<Stmt> assigns = new ArrayList<>();
    List<Integer> stored = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      ExprLowering.Target t = ctx.exprs.target(targets.get(i), env, st.slots);
      Expr value = values.get(i);
      Expr v = value;
      if (stored.stream().anyMatch(var -> reads(value, var))) {
        int slot = st.slots.fresh();
        lets.add(new Stmt.Let(slot, "result" + (i + 1), v, List.of(), v.span()));
        v = new Expr.Bound(slot, "result" + (i + 1), v.type(), v.span());
      }
      assigns.add(new Stmt.Assign(t.var(), t.index(), v, targets.get(i).span()));
      stored.add(t.var());
    }
    List<Stmt> out = assigns;
    for (int i = lets.size() - 1; i >= 0; i--) {
      Stmt.Let let = lets.get(i);
      out = List.of(new Stmt.Let(let.slot(), let.name(), let.value(), out, let.span()));
    }
    List<Stmt> all = new ArrayList<>(out);
    all.addAll(rest);
    return all;
  }

  /** Whether {@code e} reads state variable {@code var}. */
  private static boolean reads(Expr e, int var) {
    if (e instanceof Expr.Read r) {
      return r.var() == var || r.index().stream().anyMatch(i -> reads(i, var));
    }
    if (e instanceof Expr.Unary u) {
      return reads(u.operand(), var);
    }
    if (e instanceof Expr.Binary b) {
      return reads(b.left(), var) || reads(b.right(), var);
    }
    if (e instanceof Expr.In in) {
      return reads(in.element(), var) || in.set().stream().anyMatch(m -> reads(m, var));
    }
    if (e instanceof Expr.Quantified q) {
      return reads(q.body(), var);
    }
    return false;
  }

  /** Whether a statement has a {@code return} on some path (so what follows must be sunk into it). */
  static boolean returns(TypedStmt s) {
    if (s instanceof TypedStmt.Return) {
      return true;
    }
    if (s instanceof TypedStmt.If i) {
      return i.then().stream().anyMatch(StepLowering::returns) || i.otherwise().stream().anyMatch(StepLowering::returns);
    }
    if (s instanceof TypedStmt.Either e) {
      return e.branches().stream().anyMatch(b -> b.body().stream().anyMatch(StepLowering::returns));
    }
    if (s instanceof TypedStmt.Choose c) {
      return c.body().stream().anyMatch(StepLowering::returns);
    }
    if (s instanceof TypedStmt.Atomic a) {
      return a.body().stream().anyMatch(StepLowering::returns);
    }
    return false;
  }

  private static boolean effectful(TypedStmt s) {
    return !(s instanceof TypedStmt.Assert
        || s instanceof TypedStmt.Skip
        || (s instanceof TypedStmt.Local l && l.init() == null));
  }

  /** The largest slot an expression reads, -1 for none. */
  static int maxSlot(Expr e) {
    if (e instanceof Expr.Bound b) {
      return b.slot();
    }
    if (e instanceof Expr.Read r) {
      return r.index().stream().mapToInt(StepLowering::maxSlot).max().orElse(-1);
    }
    if (e instanceof Expr.Unary u) {
      return maxSlot(u.operand());
    }
    if (e instanceof Expr.Binary b) {
      return Math.max(maxSlot(b.left()), maxSlot(b.right()));
    }
    if (e instanceof Expr.In in) {
      return Math.max(maxSlot(in.element()), in.set().stream().mapToInt(StepLowering::maxSlot).max().orElse(-1));
    }
    if (e instanceof Expr.Quantified q) {
      return Math.max(q.slot(), maxSlot(q.body()));
    }
    return -1;
  }
}
