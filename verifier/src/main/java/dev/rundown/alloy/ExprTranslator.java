package dev.rundown.alloy;

import static dev.rundown.alloy.Logic.FALSE;
import static dev.rundown.alloy.Logic.TRUE;

import dev.rundown.ir.Expr;
import dev.rundown.ir.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates IR expressions in a {@link Scope}: booleans to formulas, other values to relational or integer
 * expressions, and, for each expression, the formula saying that evaluating it reads through no invalid index
 * (the interpreter's left-to-right, short-circuit order: {@code a and b} reads {@code b} only when {@code a}
 * holds). Records every integer range it meets in an {@link IntWidth}.
 */
final class ExprTranslator {
  private final Symbols sym;
  private final IntWidth width;
  private final AlloyNames locals;

  ExprTranslator(Symbols sym, IntWidth width, AlloyNames locals) {
    this.sym = sym;
    this.width = width;
    this.locals = locals;
  }

  /** A new local name (quantified variable, let name) that clashes with no other name. */
  String fresh(String raw) {
    return locals.fresh(raw);
  }

  /** A boolean expression as a formula. */
  String formula(Expr e, Scope s) {
    if (e instanceof Expr.Const c) {
      return c.value() != 0 ? TRUE : FALSE;
    }
    if (e instanceof Expr.Read r && sym.vars.get(r.var()).flag()) {
      return member(r.var(), r.index(), s);
    }
    if (e instanceof Expr.Bound || e instanceof Expr.Read) {
      return "(" + value(e, s) + " = True)";
    }
    if (e instanceof Expr.Unary u) {
      return Logic.not(formula(u.operand(), s));
    }
    if (e instanceof Expr.Binary b) {
      return binaryFormula(b, s);
    }
    if (e instanceof Expr.In in) {
      List<String> cases = new ArrayList<>();
      for (Expr item : in.set()) {
        cases.add(equal(in.element(), item, s));
      }
      return Logic.or(cases);
    }
    if (e instanceof Expr.Quantified q) {
      String x = fresh(q.name());
      String body = formula(q.body(), bindDomain(s, q.slot(), x, q.domain()));
      String range = rangeCondition(x, q.domain());
      String d = sym.typeSig(q.domain());
      switch (q.quantifier()) {
        case ALL:
          return "(all " + x + ": " + d + " | " + Logic.text(Logic.implies(range, body)) + ")";
        case SOME:
          return "(some " + x + ": " + d + " | " + Logic.text(Logic.and(range, body)) + ")";
        case NO:
          return "(no " + x + ": " + d + " | " + Logic.text(Logic.and(range, body)) + ")";
        default:
          break;
      }
    }
    throw new IllegalArgumentException("not a boolean expression: " + e);
  }

  private String binaryFormula(Expr.Binary b, Scope s) {
    switch (b.op()) {
      case AND:
        return Logic.and(formula(b.left(), s), formula(b.right(), s));
      case OR:
        return Logic.or(formula(b.left(), s), formula(b.right(), s));
      case IMPLIES:
        return Logic.implies(formula(b.left(), s), formula(b.right(), s));
      case EQ:
        return equal(b.left(), b.right(), s);
      case NE:
        return Logic.not(equal(b.left(), b.right(), s));
      case LT:
        return compare(b, "<", s);
      case LE:
        return compare(b, "<=", s);
      case GT:
        return compare(b, ">", s);
      case GE:
        return compare(b, ">=", s);
      default:
        throw new IllegalArgumentException("not a boolean operator: " + b.op());
    }
  }

  private String compare(Expr.Binary b, String op, Scope s) {
    return "(" + value(b.left(), s) + " " + op + " " + value(b.right(), s) + ")";
  }

  private String equal(Expr a, Expr b, Scope s) {
    if (a.type() instanceof Type.BoolType) {
      return Logic.iff(formula(a, s), formula(b, s));
    }
    if (isNone(b)) {
      return "(no " + value(a, s) + ")";
    }
    if (isNone(a)) {
      return "(no " + value(b, s) + ")";
    }
    // A read of a non-integer variable holds at most one atom, so "atom in read" says the same as "read = atom";
    // it is one literal of the read's matrix where the equality is a conjunction over every atom of its type,
    // and SAT solvers propagate it far better (a bounded check of wdm/irp-cancel at 20 steps: 48 s to 17 s).
    if (!isInt(a.type()) && a instanceof Expr.Read && isAtom(b)) {
      return "(" + value(b, s) + " in " + value(a, s) + ")";
    }
    if (!isInt(a.type()) && b instanceof Expr.Read && isAtom(a)) {
      return "(" + value(a, s) + " in " + value(b, s) + ")";
    }
    return "(" + value(a, s) + " = " + value(b, s) + ")";
  }

  /** Whether {@code e} is one atom: a constant other than none, or a quantified variable. */
  private static boolean isAtom(Expr e) {
    return (e instanceof Expr.Const && !isNone(e)) || e instanceof Expr.Bound;
  }

  private static boolean isNone(Expr e) {
    return e instanceof Expr.Const c && c.type() instanceof Type.KindType && c.value() < 0;
  }

  /** An expression as a value: an atom (or none) for bools, enums and kinds, an integer expression for ints. */
  String value(Expr e, Scope s) {
    if (e instanceof Expr.Const c) {
      if (isInt(c.type())) {
        width.include(c.value(), c.value());
      }
      return sym.constant(c.type(), c.value());
    }
    if (e instanceof Expr.Bound b) {
      return s.slot(b.slot()).text();
    }
    if (e instanceof Expr.Read r) {
      return read(r.var(), r.index(), s);
    }
    if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEG) {
      range(e, s);
      return "minus[0, " + value(u.operand(), s) + "]";
    }
    if (e instanceof Expr.Binary b && (b.op() == Expr.BinaryOp.ADD || b.op() == Expr.BinaryOp.SUB)) {
      range(e, s);
      String fn = b.op() == Expr.BinaryOp.ADD ? "plus" : "minus";
      return fn + "[" + value(b.left(), s) + ", " + value(b.right(), s) + "]";
    }
    if (e instanceof Expr.Quantified q && q.quantifier() == Expr.Quantifier.COUNT) {
      range(e, s);
      String x = fresh(q.name());
      String body = formula(q.body(), bindDomain(s, q.slot(), x, q.domain()));
      String all = Logic.and(rangeCondition(x, q.domain()), body);
      return "#{" + x + ": " + sym.typeSig(q.domain()) + " | " + Logic.text(all) + "}";
    }
    if (e.type() instanceof Type.BoolType) {
      return "(" + Logic.text(formula(e, s)) + " => True else False)";
    }
    throw new IllegalArgumentException("cannot translate " + e);
  }

  /** Whether boolean {@code var} kept as a set ({@link Symbols.VarSym#flag}) holds at {@code index}. */
  private String member(int var, List<Expr> index, Scope s) {
    Symbols.VarSym v = sym.vars.get(var);
    List<String> key = new ArrayList<>();
    if (!v.hosted()) {
      key.add(v.ownerSig());
    }
    index.forEach(i -> key.add(value(i, s)));
    return "(" + String.join(" -> ", key) + " in " + current(var, s) + ")";
  }

  /** The relation holding {@code var}'s value at this point of a step. */
  String current(int var, Scope s) {
    return s.rel(var) == null ? sym.vars.get(var).at(Symbols.PRE) : s.rel(var);
  }

  /** The current value of {@code var} at {@code index}. */
  String read(int var, List<Expr> index, Scope s) {
    Symbols.VarSym v = sym.vars.get(var);
    if (v.flag()) {
      return "(" + member(var, index, s) + " => True else False)";
    }
    String rel = current(var, s);
    String base = v.hosted()
        ? "(" + value(index.get(0), s) + "." + rel + ")"
        : "(" + v.ownerSig() + "." + rel + ")";
    List<Expr> rest = v.hosted() ? index.subList(1, index.size()) : index;
    if (rest.isEmpty()) {
      return base;
    }
    List<String> idx = new ArrayList<>();
    rest.forEach(i -> idx.add(value(i, s)));
    return base + "[" + String.join(", ", idx) + "]";
  }

  /** The scope with {@code slot} bound to quantified variable {@code name} ranging over {@code domain}. */
  Scope bindDomain(Scope s, int slot, String name, Type domain) {
    long lo = 0;
    long hi = 1;
    if (domain instanceof Type.IntType t) {
      lo = t.lo();
      hi = t.hi();
      width.include(lo, hi);
    }
    return s.bind(slot, new Scope.Binding(name, lo, hi));
  }

  /**
   * For an integer domain, or a program-counter enum (whose sig holds other labels too), the formula that keeps
   * {@code x} in it; TRUE for other domains.
   */
  String rangeCondition(String x, Type domain) {
    if (domain instanceof Type.EnumType e && sym.sharesAtoms(e.name())) {
      return "(" + x + " in " + String.join(" + ", sym.enumValues(e.name())) + ")";
    }
    if (domain instanceof Type.IntType t) {
      width.include(t.lo(), t.hi());
      return "(" + x + " >= " + sym.constant(t, t.lo()) + " and " + x + " <= " + sym.constant(t, t.hi()) + ")";
    }
    return TRUE;
  }

  /** The formula that {@code value}, of an integer expression, lies in {@code type}; TRUE when it always does. */
  String inRange(Expr e, Type type, Scope s) {
    if (type instanceof Type.IntType t) {
      long[] r = range(e, s);
      if (r[0] >= t.lo() && r[1] <= t.hi()) {
        return TRUE;
      }
      String v = value(e, s);
      String lo = r[0] >= t.lo() ? TRUE : "(" + v + " >= " + sym.constant(t, t.lo()) + ")";
      String hi = r[1] <= t.hi() ? TRUE : "(" + v + " <= " + sym.constant(t, t.hi()) + ")";
      return Logic.and(lo, hi);
    }
    if (type instanceof Type.KindType k && !k.optional() && e.type() instanceof Type.KindType ek && ek.optional()) {
      return "(some " + value(e, s) + ")";
    }
    return TRUE;
  }

  /** The formula that evaluating {@code e} reads through no invalid index. */
  String defined(Expr e, Scope s) {
    if (e instanceof Expr.Read r) {
      List<String> parts = new ArrayList<>();
      List<Type> types = sym.vars.get(r.var()).var().index();
      for (int i = 0; i < r.index().size(); i++) {
        parts.add(defined(r.index().get(i), s));
        parts.add(inRange(r.index().get(i), types.get(i), s));
      }
      return Logic.and(parts);
    }
    if (e instanceof Expr.Unary u) {
      return defined(u.operand(), s);
    }
    if (e instanceof Expr.Binary b) {
      String left = defined(b.left(), s);
      String right = defined(b.right(), s);
      if (right.equals(TRUE)) {
        return left;
      }
      switch (b.op()) {
        case AND:
        case IMPLIES:
          return Logic.and(left, Logic.implies(formula(b.left(), s), right));
        case OR:
          return Logic.and(left, Logic.or(formula(b.left(), s), right));
        default:
          return Logic.and(left, right);
      }
    }
    if (e instanceof Expr.In in) {
      List<String> parts = new ArrayList<>();
      parts.add(defined(in.element(), s));
      in.set().forEach(i -> parts.add(defined(i, s)));
      return Logic.and(parts);
    }
    if (e instanceof Expr.Quantified q) {
      return definedQuantified(q, s);
    }
    return TRUE;
  }

  /** Unrolled over the domain in order: value i is read only when the values before it did not decide. */
  private String definedQuantified(Expr.Quantified q, Scope s) {
    String probe = defined(q.body(), bindDomain(s, q.slot(), "probe", q.domain()));
    if (probe.equals(TRUE)) {
      return TRUE;
    }
    List<String> parts = new ArrayList<>();
    String undecided = TRUE;
    for (int v : sym.domain(q.domain())) {
      Scope at = s.bind(q.slot(), new Scope.Binding(sym.constant(q.domain(), v), v, v));
      parts.add(Logic.implies(undecided, defined(q.body(), at)));
      String body = formula(q.body(), at);
      if (q.quantifier() == Expr.Quantifier.ALL) {
        undecided = Logic.and(undecided, body);
      } else if (q.quantifier() != Expr.Quantifier.COUNT) {
        undecided = Logic.and(undecided, Logic.not(body));
      }
    }
    return Logic.and(parts);
  }

  /** The range of an integer expression's values (for other types, a harmless 0..1). */
  long[] range(Expr e, Scope s) {
    long[] r = rangeOf(e, s);
    width.include(r[0], r[1]);
    return r;
  }

  private long[] rangeOf(Expr e, Scope s) {
    if (e instanceof Expr.Const c) {
      return new long[] {c.value(), c.value()};
    }
    if (e instanceof Expr.Bound b) {
      Scope.Binding binding = s.slot(b.slot());
      return new long[] {binding.lo(), binding.hi()};
    }
    if (e.type() instanceof Type.IntType t) {
      return new long[] {t.lo(), t.hi()};
    }
    if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEG) {
      long[] r = range(u.operand(), s);
      return new long[] {-r[1], -r[0]};
    }
    if (e instanceof Expr.Binary b && b.op() == Expr.BinaryOp.ADD) {
      long[] l = range(b.left(), s);
      long[] r = range(b.right(), s);
      return new long[] {l[0] + r[0], l[1] + r[1]};
    }
    if (e instanceof Expr.Binary b && b.op() == Expr.BinaryOp.SUB) {
      long[] l = range(b.left(), s);
      long[] r = range(b.right(), s);
      return new long[] {l[0] - r[1], l[1] - r[0]};
    }
    if (e instanceof Expr.Quantified q && q.quantifier() == Expr.Quantifier.COUNT) {
      return new long[] {0, q.domain().size(sym.bounds)};
    }
    return new long[] {0, 1};
  }

  private static boolean isInt(Type t) {
    return t instanceof Type.IntType || t instanceof Type.UnboundedInt;
  }
}
