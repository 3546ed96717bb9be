package dev.rundown.check;

import dev.rundown.check.CheckedModel.LocalDef;
import dev.rundown.check.Declarations.ProcKind;
import dev.rundown.check.Declarations.Signature;
import dev.rundown.check.TypedExpr.VarKind;
import dev.rundown.diag.DiagnosticCode;
import dev.rundown.diag.Diagnostics;
import dev.rundown.syntax.ast.Expr;
import dev.rundown.syntax.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Types the statements of a body and enforces where each may appear (RD210, RD222 for callbacks), assignability
 * (RD216), call and return arity (RD207). Blocks are flattened. Records asserts, locals and call sites.
 * Not thread-safe; one per check run, one body at a time.
 */
final class StmtChecker {
  /** Where a statement is: in which kind of body, inside an atomic step, inside a loop body. */
  private record Place(ProcKind owner, boolean atomic, boolean loop) {
    Place inAtomic() {
      return new Place(owner, true, loop);
    }

    Place inLoop() {
      return new Place(owner, atomic, true);
    }
  }

  private final Declarations decls;
  private final ExprChecker exprs;
  private final PropertyTable properties;
  private final Diagnostics diags;
  private BodyState body;

  StmtChecker(Declarations decls, ExprChecker exprs, PropertyTable properties) {
    this.decls = decls;
    this.exprs = exprs;
    this.properties = properties;
    this.diags = decls.diags;
  }

  /** Checks a whole body in {@code scope} (which holds the parameters), filling {@code state}. */
  List<TypedStmt> checkBody(List<Stmt> stmts, Scope scope, BodyState state) {
    this.body = state;
    return block(stmts, scope, new Place(state.kind, state.kind == ProcKind.ACTION, false));
  }

  private List<TypedStmt> block(List<Stmt> stmts, Scope scope, Place place) {
    List<TypedStmt> out = new ArrayList<>();
    statements(stmts, scope.child(), place, out);
    for (int i = 0; i < out.size() - 1; i++) {
      if (out.get(i) instanceof TypedStmt.Return r) {
        diags.error(DiagnosticCode.RD210, r.span(), "'return' must be the last statement of its block");
      }
    }
    return out;
  }

  private void statements(List<Stmt> stmts, Scope scope, Place place, List<TypedStmt> out) {
    for (Stmt s : stmts) {
      if (s instanceof Stmt.Block b) {
        statements(b.body(), scope.child(), place, out);
      } else {
        out.add(statement(s, scope, place));
      }
    }
  }

  private void notIn(Stmt s, String what, boolean forbidden, String where) {
    if (forbidden) {
      diags.error(DiagnosticCode.RD210, s.span(), "'" + what + "' is not allowed " + where);
    }
  }

  private TypedStmt statement(Stmt s, Scope scope, Place place) {
    boolean inAction = place.owner() == ProcKind.ACTION;
    if (s instanceof Stmt.Assign a) {
      TypedExpr target = lvalue(a.target(), scope);
      TypedExpr value;
      if (a.op() == Stmt.AssignOp.SET) {
        value = exprs.checkValue(a.value(), target.type(), scope);
      } else {
        if (!target.type().isInt() && !target.type().isError()) {
          diags.error(DiagnosticCode.RD203, a.target().span(), "'+=' and '-=' need an integer, found " + target.type());
        }
        value = exprs.checkValue(a.value(), ValueType.INT, scope);
      }
      return new TypedStmt.Assign(target, a.op(), value, a.span());
    }
    if (s instanceof Stmt.If i) {
      TypedExpr cond = exprs.checkBool(i.condition(), scope);
      return new TypedStmt.If(cond, block(i.then(), scope, place), block(i.otherwise(), scope, place), i.span());
    }
    if (s instanceof Stmt.For f) {
      ValueType domain = decls.resolveDomain(f.domain());
      Scope inner = scope.child();
      exprs.declare(inner, f.variable(), VarKind.BOUND, domain);
      TypedExpr where = f.where() == null ? null : exprs.checkBool(f.where(), inner);
      return new TypedStmt.For(f.variable().name(), domain, where, block(f.body(), inner, place.inLoop()), f.span());
    }
    if (s instanceof Stmt.Either e) {
      List<TypedStmt.Branch> branches = new ArrayList<>();
      for (Stmt.Branch b : e.branches()) {
        TypedExpr guard = b.guard() == null ? null : exprs.checkBool(b.guard(), scope);
        branches.add(new TypedStmt.Branch(guard, block(b.body(), scope, place), b.span()));
      }
      return new TypedStmt.Either(branches, e.span());
    }
    if (s instanceof Stmt.Choose c) {
      ValueType domain = decls.resolveDomain(c.domain());
      Scope inner = scope.child();
      exprs.declare(inner, c.variable(), VarKind.BOUND, domain);
      TypedExpr where = c.where() == null ? null : exprs.checkBool(c.where(), inner);
      return new TypedStmt.Choose(c.variable().name(), domain, where, block(c.body(), inner, place), c.span());
    }
    if (s instanceof Stmt.Assert a) {
      TypedExpr cond = exprs.checkBool(a.condition(), scope);
      properties.assertion(a.property(), decls.ruleIds(a.rules()), body.rulesAround, a.span());
      return new TypedStmt.Assert(cond, a.property().name(), a.span());
    }
    if (s instanceof Stmt.Skip) {
      return new TypedStmt.Skip(s.span());
    }
    if (s instanceof Stmt.Local l) {
      notIn(s, "local", inAction, "in an action");
      ValueType type = decls.resolve(l.type());
      TypedExpr init = l.init() == null ? null : exprs.checkValue(l.init(), type, scope);
      boolean visible = scope.lookup(l.name().name()) != null;
      exprs.declare(scope, l.name(), VarKind.LOCAL, type);
      if (!body.localNames.add(l.name().name())) {
        if (!visible) {
          diags.error(DiagnosticCode.RD202, l.name().span(), "a second local '" + l.name() + "' in " + body.name);
        }
      } else {
        body.locals.add(new LocalDef(l.name().name(), type, l.span()));
      }
      return new TypedStmt.Local(l.name().name(), type, init, l.span());
    }
    if (s instanceof Stmt.Await a) {
      notIn(s, "await", inAction, "in an action");
      notIn(s, "await", !inAction && place.atomic(), "inside atomic");
      body.blocks = true;
      return new TypedStmt.Await(exprs.checkBool(a.condition(), scope), a.span());
    }
    if (s instanceof Stmt.Call c) {
      return call(c, scope, place);
    }
    if (s instanceof Stmt.Return r) {
      return ret(r, scope, place);
    }
    if (s instanceof Stmt.While w) {
      notIn(s, "while", inAction, "in an action");
      notIn(s, "while", !inAction && place.atomic(), "inside atomic");
      body.blocks = true;
      TypedExpr cond = exprs.checkBool(w.condition(), scope);
      return new TypedStmt.While(cond, block(w.body(), scope, place.inLoop()), w.span());
    }
    if (s instanceof Stmt.Atomic a) {
      notIn(s, "atomic", inAction, "in an action (an action is already one step)");
      return new TypedStmt.Atomic(block(a.body(), scope, place.inAtomic()), a.span());
    }
    throw new IllegalStateException("unknown statement " + s);
  }

  private TypedStmt ret(Stmt.Return r, Scope scope, Place place) {
    notIn(r, "return", place.owner() == ProcKind.ACTION, "in an action");
    notIn(r, "return", place.loop(), "inside a loop body");
    List<ValueType> returns = body.returns;
    if (r.values().size() != returns.size()) {
      diags.error(
          DiagnosticCode.RD207, r.span(), body.name + " returns " + returns.size() + " values, not " + r.values().size());
    }
    List<TypedExpr> values = new ArrayList<>();
    for (int i = 0; i < r.values().size(); i++) {
      Expr v = r.values().get(i);
      values.add(i < returns.size() ? exprs.checkValue(v, returns.get(i), scope) : exprs.check(v, null, scope));
    }
    return new TypedStmt.Return(values, r.span());
  }

  private TypedStmt call(Stmt.Call c, Scope scope, Place place) {
    String name = c.operation().name();
    Signature sig = decls.procedures.get(name);
    boolean known = sig != null && (sig.kind() == ProcKind.API || sig.kind() == ProcKind.CALLBACK);
    if (!known) {
      diags.error(DiagnosticCode.RD201, c.operation().span(), "unknown operation or callback '" + name + "'");
    } else if (sig.kind() == ProcKind.CALLBACK) {
      notIn(c, "call " + name, place.owner() == ProcKind.ACTION, "in an action: a callback call waits for its return");
      if (place.owner() != ProcKind.ACTION && place.atomic()) {
        diags.error(DiagnosticCode.RD222, c.span(), "callback '" + name + "' cannot be called inside atomic");
      }
      body.blocks = true;
    } else {
      body.apiCalls.add(new BodyState.CallSite(body.kind == ProcKind.API ? body.name : null, name, c.span(), place.atomic()));
    }
    List<TypedExpr> args = new ArrayList<>();
    List<TypedExpr> targets = new ArrayList<>();
    int params = known ? sig.params().size() : c.args().size();
    int returns = known ? sig.returns().size() : c.targets().size();
    if (c.args().size() != params) {
      diags.error(DiagnosticCode.RD207, c.span(), name + " takes " + params + " arguments, not " + c.args().size());
    }
    if (!c.targets().isEmpty() && c.targets().size() != returns) {
      diags.error(DiagnosticCode.RD207, c.span(), name + " returns " + returns + " values, not " + c.targets().size());
    }
    for (int i = 0; i < c.args().size(); i++) {
      Expr a = c.args().get(i);
      boolean typed = known && i < params;
      args.add(typed ? exprs.checkValue(a, sig.params().get(i).type(), scope) : exprs.check(a, null, scope));
    }
    for (int i = 0; i < c.targets().size(); i++) {
      TypedExpr t = lvalue(c.targets().get(i), scope);
      if (known && i < returns && !ValueType.assignable(t.type(), sig.returns().get(i))) {
        diags.error(DiagnosticCode.RD203, t.span(), "expected " + t.type() + ", the call returns " + sig.returns().get(i));
      }
      targets.add(t);
    }
    return new TypedStmt.Call(targets, name, known && sig.kind() == ProcKind.CALLBACK, args, c.span());
  }

  /** A global, a local or a field; parameters, bound variables and other expressions are RD216. */
  private TypedExpr lvalue(Expr e, Scope scope) {
    TypedExpr t = exprs.check(e, null, scope);
    if (t.type().isError()) {
      return t;
    }
    boolean ok = t instanceof TypedExpr.Global
        || t instanceof TypedExpr.Field
        || (t instanceof TypedExpr.Var v && v.kind() == VarKind.LOCAL);
    if (!ok) {
      String what = t instanceof TypedExpr.Var v
          ? (v.kind() == VarKind.PARAM ? "parameter '" : "bound variable '") + v.name() + "'"
          : "this expression";
      diags.error(DiagnosticCode.RD216, e.span(), "cannot assign " + what);
    }
    return t;
  }
}
