package dev.rundown.ir;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the structural invariants of a {@link Model} that the engines rely on: every variable, slot and
 * property index in range and in scope, index arity and types, constants within their types, bool conditions,
 * assert targets of kind ASSERT, exactly one HANG and one WELL_DEFINED, unique names. Stateless.
 */
public final class IrValidator {
  private final Model model;
  private final List<String> problems = new ArrayList<>();
  private String where = "";

  private IrValidator(Model model) {
    this.model = model;
  }

  /** Problems found, empty when the model is well formed. */
  public static List<String> validate(Model model) {
    IrValidator v = new IrValidator(model);
    v.run();
    return List.copyOf(v.problems);
  }

  private void problem(String message) {
    problems.add(where + message);
  }

  private void run() {
    Set<String> kinds = new HashSet<>();
    for (Kind k : model.kinds()) {
      if (!kinds.add(k.name())) {
        problem("duplicate kind " + k.name());
      }
      if (k.defaultBound() < 1) {
        problem("kind " + k.name() + " has bound " + k.defaultBound());
      }
    }
    vars();
    Set<String> actions = new HashSet<>();
    for (Action a : model.actions()) {
      where = "action " + a.name() + ": ";
      if (!actions.add(a.name())) {
        problem("duplicate action name");
      }
      action(a);
    }
    properties();
  }

  private void vars() {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < model.vars().size(); i++) {
      StateVar v = model.vars().get(i);
      where = "var " + i + " " + v.owner() + "." + v.name() + ": ";
      if (!names.add(v.owner() + "\u0000" + v.name())) {
        problem("duplicate variable name for its owner");
      }
      if (v.type() instanceof Type.UnboundedInt) {
        problem("a variable needs a finite type");
      }
      knownType(v.type());
      for (Type t : v.index()) {
        knownType(t);
        if (t instanceof Type.UnboundedInt || (t instanceof Type.KindType k && k.optional())) {
          problem("index type " + t + " is not a finite domain");
        }
      }
      boolean fieldShape = v.index().size() == 1 && v.index().get(0).equals(new Type.KindType(v.owner(), false));
      if (v.role() == VarRole.FIELD && !fieldShape) {
        problem("a field is indexed by one instance of its kind");
      }
      if (v.role() == VarRole.GLOBAL && !v.index().isEmpty()) {
        problem("a global has no index");
      }
      if (!(v.init() instanceof Expr.Const c)) {
        problem("initial value must be a constant");
      } else if (!c.type().equals(v.type())) {
        problem("initial value of type " + c.type() + ", variable of type " + v.type());
      } else {
        constant(c);
      }
    }
    where = "";
  }

  private void knownType(Type t) {
    if (t instanceof Type.KindType k && model.kind(k.kind()).isEmpty()) {
      problem("unknown kind " + k.kind());
    }
  }

  private void action(Action a) {
    if (!model.actors().contains(a.actor())) {
      problem("unknown actor " + a.actor());
    }
    Scope scope = new Scope(a.slots());
    for (int i = 0; i < a.params().size(); i++) {
      Param p = a.params().get(i);
      if (p.slot() != i) {
        problem("parameter " + p.name() + " must be in slot " + i);
      }
      knownType(p.type());
      scope.bind(i);
    }
    condition(a.guard(), scope, "guard");
    stmts(a.body(), scope);
  }

  private void properties() {
    int hang = 0;
    int wellDefined = 0;
    Set<String> names = new HashSet<>();
    for (int i = 0; i < model.properties().size(); i++) {
      Property p = model.properties().get(i);
      where = "property " + p.name() + ": ";
      if (!names.add(p.name())) {
        problem("duplicate property name");
      }
      boolean needsFormula = p.kind() == PropertyKind.INVARIANT || p.kind() == PropertyKind.AT_END || p.kind() == PropertyKind.HANG;
      if (needsFormula != (p.formula() != null)) {
        problem(needsFormula ? "needs a formula" : "must not have a formula");
      }
      if (p.formula() != null) {
        condition(p.formula(), new Scope(p.slots()), "formula");
      }
      hang += p.kind() == PropertyKind.HANG ? 1 : 0;
      wellDefined += p.kind() == PropertyKind.WELL_DEFINED ? 1 : 0;
    }
    where = "";
    if (hang != 1) {
      problem("expected exactly one HANG property, found " + hang);
    }
    if (wellDefined != 1) {
      problem("expected exactly one WELL_DEFINED property, found " + wellDefined);
    }
    for (Expectation e : model.expectations()) {
      if (model.propertyIndex(e.property()) < 0) {
        problem("expectation names unknown property " + e.property());
      }
    }
  }

  /** The slots bound at a point: within {@code size}, each bound by a parameter or an enclosing binder. */
  private final class Scope {
    private final int size;
    private final boolean[] bound;

    Scope(int size) {
      this.size = size;
      this.bound = new boolean[Math.max(size, 0)];
    }

    private Scope(Scope parent) {
      this.size = parent.size;
      this.bound = parent.bound.clone();
    }

    Scope with(int slot) {
      Scope s = new Scope(this);
      s.bind(slot);
      return s;
    }

    void bind(int slot) {
      if (slot < 0 || slot >= size) {
        problem("slot " + slot + " outside the environment of size " + size);
      } else {
        bound[slot] = true;
      }
    }

    boolean has(int slot) {
      return slot >= 0 && slot < size && bound[slot];
    }
  }

  private void stmts(List<Stmt> body, Scope scope) {
    for (Stmt s : body) {
      stmt(s, scope);
    }
  }

  private void stmt(Stmt s, Scope scope) {
    if (s instanceof Stmt.Assign a) {
      Type type = place(a.var(), a.index(), scope);
      Type value = expr(a.value(), scope);
      if (type != null && !compatible(type, value)) {
        problem("assigning " + value + " to " + type);
      }
    } else if (s instanceof Stmt.If i) {
      condition(i.condition(), scope, "if");
      stmts(i.then(), scope);
      stmts(i.otherwise(), scope);
    } else if (s instanceof Stmt.For f) {
      domain(f.domain());
      stmts(f.body(), scope.with(f.slot()));
    } else if (s instanceof Stmt.Either e) {
      for (Stmt.Branch b : e.branches()) {
        if (b.guard() != null) {
          condition(b.guard(), scope, "branch guard");
        }
        stmts(b.body(), scope);
      }
    } else if (s instanceof Stmt.Choose c) {
      domain(c.domain());
      Scope inner = scope.with(c.slot());
      if (c.where() != null) {
        condition(c.where(), inner, "choose");
      }
      stmts(c.body(), inner);
    } else if (s instanceof Stmt.Let l) {
      expr(l.value(), scope);
      stmts(l.body(), scope.with(l.slot()));
    } else if (s instanceof Stmt.Assert a) {
      condition(a.condition(), scope, "assert");
      if (a.property() < 0 || a.property() >= model.properties().size()) {
        problem("assert names property " + a.property() + " out of range");
      } else if (model.properties().get(a.property()).kind() != PropertyKind.ASSERT) {
        problem("assert names " + model.properties().get(a.property()).name() + ", not an ASSERT property");
      }
    } else {
      problem("unknown statement " + s);
    }
  }

  private void domain(Type t) {
    knownType(t);
    if (t instanceof Type.UnboundedInt) {
      problem("a domain must be finite");
    }
  }

  private void condition(Expr e, Scope scope, String what) {
    Type t = expr(e, scope);
    if (!(t instanceof Type.BoolType)) {
      problem(what + " must be bool, is " + t);
    }
  }

  /** The variable's type after checking the index, or null when the variable does not exist. */
  private Type place(int var, List<Expr> index, Scope scope) {
    List<Type> types = index.stream().map(e -> expr(e, scope)).toList();
    if (var < 0 || var >= model.vars().size()) {
      problem("variable " + var + " out of range");
      return null;
    }
    StateVar v = model.vars().get(var);
    if (types.size() != v.index().size()) {
      problem(v.name() + " takes " + v.index().size() + " indices, not " + types.size());
    } else {
      for (int i = 0; i < types.size(); i++) {
        if (!compatible(v.index().get(i), types.get(i))) {
          problem(v.name() + " index " + i + " is " + v.index().get(i) + ", not " + types.get(i));
        }
      }
    }
    return v.type();
  }

  private Type expr(Expr e, Scope scope) {
    if (e instanceof Expr.Const c) {
      constant(c);
    } else if (e instanceof Expr.Bound b) {
      if (!scope.has(b.slot())) {
        problem("slot " + b.slot() + " (" + b.name() + ") is not bound here");
      }
    } else if (e instanceof Expr.Read r) {
      Type t = place(r.var(), r.index(), scope);
      if (t != null && !t.equals(r.type())) {
        problem("read of " + model.vars().get(r.var()).name() + " typed " + r.type() + ", variable is " + t);
      }
    } else if (e instanceof Expr.Unary u) {
      Type t = expr(u.operand(), scope);
      boolean ok = u.op() == Expr.UnaryOp.NOT
          ? t instanceof Type.BoolType && u.type() instanceof Type.BoolType
          : isInt(t) && u.type() instanceof Type.UnboundedInt;
      if (!ok) {
        problem("ill-typed " + u.op());
      }
    } else if (e instanceof Expr.Binary b) {
      binary(b, scope);
    } else if (e instanceof Expr.In in) {
      Type t = expr(in.element(), scope);
      for (Expr m : in.set()) {
        Type mt = expr(m, scope);
        if (!compatible(t, mt) && !compatible(mt, t)) {
          problem("set member " + mt + " does not match " + t);
        }
      }
    } else if (e instanceof Expr.Quantified q) {
      domain(q.domain());
      condition(q.body(), scope.with(q.slot()), "quantifier body");
      Type expected = q.quantifier() == Expr.Quantifier.COUNT ? Type.INT : Type.BOOL;
      if (!q.type().equals(expected)) {
        problem(q.quantifier() + " must have type " + expected);
      }
    }
    return e.type();
  }

  private void binary(Expr.Binary b, Scope scope) {
    Type l = expr(b.left(), scope);
    Type r = expr(b.right(), scope);
    boolean ok = switch (b.op()) {
      case IMPLIES, OR, AND -> l instanceof Type.BoolType && r instanceof Type.BoolType && b.type() instanceof Type.BoolType;
      case EQ, NE -> (compatible(l, r) || compatible(r, l)) && b.type() instanceof Type.BoolType;
      case LT, LE, GT, GE -> isInt(l) && isInt(r) && b.type() instanceof Type.BoolType;
      case ADD, SUB -> isInt(l) && isInt(r) && b.type() instanceof Type.UnboundedInt;
    };
    if (!ok) {
      problem("ill-typed " + b.op() + " of " + l + " and " + r);
    }
  }

  private static boolean isInt(Type t) {
    return t instanceof Type.IntType || t instanceof Type.UnboundedInt;
  }

  /** Whether a value of type {@code actual} may stand where {@code expected} is required (ranges and none checked at run time). */
  private static boolean compatible(Type expected, Type actual) {
    if (isInt(expected)) {
      return isInt(actual);
    }
    if (expected instanceof Type.KindType k) {
      return actual instanceof Type.KindType a && a.kind().equals(k.kind());
    }
    return expected.equals(actual);
  }

  private void constant(Expr.Const c) {
    Type t = c.type();
    int v = c.value();
    boolean ok;
    if (t instanceof Type.BoolType) {
      ok = v == 0 || v == 1;
    } else if (t instanceof Type.IntType r) {
      ok = v >= r.lo() && v <= r.hi();
    } else if (t instanceof Type.EnumType e) {
      ok = v >= 0 && v < e.values().size();
    } else if (t instanceof Type.KindType k) {
      knownType(k);
      ok = v >= (k.optional() ? -1 : 0);
    } else {
      ok = true;
    }
    if (!ok) {
      problem("constant " + v + " is not a value of " + t);
    }
  }
}
