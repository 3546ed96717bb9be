package dev.rundown.alloy;

import static dev.rundown.alloy.Logic.FALSE;
import static dev.rundown.alloy.Logic.TRUE;

import dev.rundown.ir.Expr;
import dev.rundown.ir.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Translates the statements of one action into a formula over its step's states {@code pre} and {@code post}.
 * Statements run in order, so each assignment gives its variable a new relation, bound with {@code let} and
 * read by the statements after it (static single assignment). A fork ({@code either}, {@code choose}) is a
 * disjunction whose branches each carry the rest of the body; an {@code if} likewise. A path ends in the frame:
 * every variable's value in {@code post} is its last relation, and {@code pre.failed} lists the asserts the
 * path broke. A path that reads or writes through an invalid index ends at once in the ill-defined outcome:
 * nothing changes and {@code pre.failed} holds WellDefined. In {@link Mode#ENABLED} the same walk gives
 * instead the formula that some path does not block.
 */
final class BodyTranslator {
  enum Mode {
    STEP,
    ENABLED
  }

  /** The statements still to run, innermost first: a statement list from an index, or a {@code for} at a value. */
  private record Rest(List<Stmt> stmts, int from, Stmt.For loop, int value, Rest outer) {}

  private final Symbols sym;
  private final ExprTranslator ex;
  private final Mode mode;
  private final String wellDefinedAtom;
  private final List<String> failureAtoms;
  private final Set<Integer> writes;

  /** {@code writes}: the variables the action may assign; the others are framed by the transitions fact. */
  BodyTranslator(Symbols sym, ExprTranslator ex, Mode mode, String wellDefinedAtom, List<String> failureAtoms,
      Set<Integer> writes) {
    this.writes = writes;
    this.sym = sym;
    this.ex = ex;
    this.mode = mode;
    this.wellDefinedAtom = wellDefinedAtom;
    this.failureAtoms = failureAtoms;
  }

  /** The formula of a guarded body: ill-defined guard, or guard and body. */
  String action(Expr guard, List<Stmt> body, Scope s) {
    String rest = run(new Rest(body, 0, null, 0, null), s, List.of());
    if (guard == null) {
      return rest;
    }
    return outcome(ex.defined(guard, s), Logic.and(ex.formula(guard, s), rest), List.of());
  }

  /** Ill-defined when {@code defined} fails, else {@code then}. */
  private String outcome(String defined, String then, List<String> failed) {
    return Logic.or(Logic.and(Logic.not(defined), illDefined(failed)), Logic.and(defined, then));
  }

  private String run(Rest k, Scope s, List<String> failed) {
    if (k == null) {
      return end(s, failed);
    }
    if (mode == Mode.ENABLED && !forks(k)) {
      return TRUE;
    }
    if (k.loop() != null) {
      Stmt.For f = k.loop();
      int[] domain = sym.domain(f.domain());
      if (k.value() >= domain.length) {
        return run(k.outer(), s, failed);
      }
      int v = domain[k.value()];
      Scope at = s.bind(f.slot(), new Scope.Binding(sym.constant(f.domain(), v), v, v));
      return run(new Rest(f.body(), 0, null, 0, new Rest(null, 0, f, k.value() + 1, k.outer())), at, failed);
    }
    if (k.from() >= k.stmts().size()) {
      return run(k.outer(), s, failed);
    }
    Stmt stmt = k.stmts().get(k.from());
    if (straight(stmt)) {
      int end = k.from();
      while (end < k.stmts().size() && straight(k.stmts().get(end))) {
        end++;
      }
      Straight st = new Straight(s, FALSE, new ArrayList<>());
      for (Stmt t : k.stmts().subList(k.from(), end)) {
        st = straight(t, st);
      }
      String body = run(new Rest(k.stmts(), end, null, 0, k.outer()), st.scope(), failed);
      String f = outcome(Logic.not(st.bad()), body, failed);
      for (int i = st.lets().size() - 1; i >= 0 && !f.equals(FALSE); i--) {
        String[] let = st.lets().get(i);
        f = "(let " + let[0] + " = " + let[1] + " | " + Logic.text(f) + ")";
      }
      return f;
    }
    Rest rest = new Rest(k.stmts(), k.from() + 1, null, 0, k.outer());
    if (stmt instanceof Stmt.If i) {
      String c = ex.formula(i.condition(), s);
      String then = Logic.and(c, run(new Rest(i.then(), 0, null, 0, rest), s, failed));
      String otherwise = Logic.and(Logic.not(c), run(new Rest(i.otherwise(), 0, null, 0, rest), s, failed));
      return outcome(ex.defined(i.condition(), s), Logic.or(then, otherwise), failed);
    }
    if (stmt instanceof Stmt.For f) {
      return run(new Rest(null, 0, f, 0, rest), s, failed);
    }
    if (stmt instanceof Stmt.Either e) {
      List<String> branches = new ArrayList<>();
      for (Stmt.Branch b : e.branches()) {
        String body = run(new Rest(b.body(), 0, null, 0, rest), s, failed);
        branches.add(b.guard() == null
            ? body
            : outcome(ex.defined(b.guard(), s), Logic.and(ex.formula(b.guard(), s), body), failed));
      }
      return Logic.or(branches);
    }
    if (stmt instanceof Stmt.Choose c) {
      String x = ex.fresh(c.name());
      Scope in = ex.bindDomain(s, c.slot(), x, c.domain());
      String body = run(new Rest(c.body(), 0, null, 0, rest), in, failed);
      String alt = c.where() == null
          ? body
          : outcome(ex.defined(c.where(), in), Logic.and(ex.formula(c.where(), in), body), failed);
      alt = Logic.and(ex.rangeCondition(x, c.domain()), alt);
      if (alt.equals(FALSE)) {
        return FALSE;
      }
      return "(some " + x + ": " + sym.typeSig(c.domain()) + " | " + Logic.text(alt) + ")";
    }
    if (stmt instanceof Stmt.Let l) {
      String x = ex.fresh(l.name());
      long[] r = ex.range(l.value(), s);
      Scope in = s.bind(l.slot(), new Scope.Binding(x, r[0], r[1]));
      String body = run(new Rest(l.body(), 0, null, 0, rest), in, failed);
      String let = "(let " + x + " = " + ex.value(l.value(), s) + " | " + Logic.text(body) + ")";
      return outcome(ex.defined(l.value(), s), body.equals(FALSE) ? FALSE : let, failed);
    }
    if (stmt instanceof Stmt.Assert a) {
      String holds = ex.formula(a.condition(), s);
      List<String> more = failed;
      if (!holds.equals(TRUE)) {
        more = new ArrayList<>(failed);
        String atom = failureAtoms.get(a.property());
        more.add(holds.equals(FALSE) ? atom : "(" + holds + " => none else " + atom + ")");
      }
      return outcome(ex.defined(a.condition(), s), run(rest, s, more), failed);
    }
    throw new IllegalArgumentException("unknown statement " + stmt);
  }

  /**
   * Straight-line code already translated: the scope after it (every assignment and merge let-bound, in
   * {@code lets} order), and the formula saying that it read or wrote through an invalid index.
   */
  private record Straight(Scope scope, String bad, List<String[]> lets) {}

  /** Assignments, and ifs, fors and lets made only of those: no fork, no assert. */
  private static boolean straight(Stmt s) {
    if (s instanceof Stmt.Assign) {
      return true;
    }
    if (s instanceof Stmt.If i) {
      return i.then().stream().allMatch(BodyTranslator::straight)
          && i.otherwise().stream().allMatch(BodyTranslator::straight);
    }
    if (s instanceof Stmt.For f) {
      return f.body().stream().allMatch(BodyTranslator::straight);
    }
    if (s instanceof Stmt.Let l) {
      return l.body().stream().allMatch(BodyTranslator::straight);
    }
    return false;
  }

  /**
   * Translates straight-line code without forking the formula: an {@code if} computes both branches and binds
   * each variable they change to {@code (c => then else otherwise)}, so the rest of the body is written once.
   */
  private Straight straight(Stmt stmt, Straight st) {
    Scope s = st.scope();
    if (stmt instanceof Stmt.Assign a) {
      Symbols.VarSym v = sym.vars.get(a.var());
      List<String> defined = new ArrayList<>();
      List<String> index = new ArrayList<>();
      for (int i = 0; i < a.index().size(); i++) {
        Expr e = a.index().get(i);
        defined.add(ex.defined(e, s));
        defined.add(ex.inRange(e, v.var().index().get(i), s));
        index.add(ex.value(e, s));
      }
      defined.add(ex.defined(a.value(), s));
      defined.add(ex.inRange(a.value(), v.var().type(), s));
      String current = ex.current(a.var(), s);
      String x = ex.fresh(v.field());
      st.lets().add(new String[] {x, update(v, current, index, ex.value(a.value(), s))});
      return new Straight(s.withRel(a.var(), x), Logic.or(st.bad(), Logic.not(Logic.and(defined))), st.lets());
    }
    if (stmt instanceof Stmt.If i) {
      String c = ex.formula(i.condition(), s);
      String bad = Logic.or(st.bad(), Logic.not(ex.defined(i.condition(), s)));
      Straight then = new Straight(s, FALSE, st.lets());
      for (Stmt t : i.then()) {
        then = straight(t, then);
      }
      Straight otherwise = new Straight(s, FALSE, st.lets());
      for (Stmt t : i.otherwise()) {
        otherwise = straight(t, otherwise);
      }
      bad = Logic.or(bad, Logic.or(Logic.and(c, then.bad()), Logic.and(Logic.not(c), otherwise.bad())));
      Scope merged = s;
      for (int v = 0; v < sym.vars.size(); v++) {
        String t = then.scope().rel(v);
        String o = otherwise.scope().rel(v);
        if (Objects.equals(t, o)) {
          continue;
        }
        String base = sym.vars.get(v).at(Symbols.PRE);
        String x = ex.fresh(sym.vars.get(v).field());
        st.lets().add(new String[] {
            x, "(" + Logic.text(c) + " => " + (t == null ? base : t) + " else " + (o == null ? base : o) + ")"});
        merged = merged.withRel(v, x);
      }
      return new Straight(merged, bad, st.lets());
    }
    if (stmt instanceof Stmt.For f) {
      Straight cur = st;
      for (int v : sym.domain(f.domain())) {
        cur = new Straight(cur.scope().bind(f.slot(), new Scope.Binding(sym.constant(f.domain(), v), v, v)),
            cur.bad(), cur.lets());
        for (Stmt t : f.body()) {
          cur = straight(t, cur);
        }
      }
      return cur;
    }
    Stmt.Let l = (Stmt.Let) stmt;
    String x = ex.fresh(l.name());
    long[] r = ex.range(l.value(), s);
    st.lets().add(new String[] {x, ex.value(l.value(), s)});
    Straight cur = new Straight(s.bind(l.slot(), new Scope.Binding(x, r[0], r[1])),
        Logic.or(st.bad(), Logic.not(ex.defined(l.value(), s))), st.lets());
    for (Stmt t : l.body()) {
      cur = straight(t, cur);
    }
    return cur;
  }

  /** {@code current} with the tuple at {@code index} mapped to {@code value} ({@code none}: no tuple). */
  private static String update(Symbols.VarSym v, String current, List<String> index, String value) {
    List<String> columns = new ArrayList<>();
    if (v.hosted()) {
      columns.addAll(index);
    } else {
      columns.add(v.ownerSig());
      columns.addAll(index);
    }
    String key = String.join(" -> ", columns);
    if (v.flag()) {
      return switch (value) {
        case "True" -> "(" + current + " + (" + key + "))";
        case "False" -> "(" + current + " - (" + key + "))";
        default -> "(" + value + " = True => " + current + " + (" + key + ") else " + current + " - (" + key + "))";
      };
    }
    if (!v.lone() && columns.size() == 1) {
      return current + " ++ (" + key + " -> " + value + ")";
    }
    return "(" + current + " - (" + key + " -> " + v.valueSig() + ")) + (" + key + " -> " + value + ")";
  }

  private String end(Scope s, List<String> failed) {
    if (mode == Mode.ENABLED) {
      return TRUE;
    }
    List<String> frame = new ArrayList<>();
    for (int v : writes) {
      Symbols.VarSym var = sym.vars.get(v);
      String now = ex.current(v, s);
      frame.add(var.at(Symbols.POST) + " = " + now);
    }
    frame.add(Symbols.PRE + ".failed = " + failures(failed));
    return "(" + String.join(" and ", frame) + ")";
  }

  private String illDefined(List<String> failed) {
    if (mode == Mode.ENABLED) {
      return TRUE;
    }
    List<String> all = new ArrayList<>(failed);
    all.add(wellDefinedAtom);
    List<String> frame = new ArrayList<>();
    for (int v : writes) {
      frame.add(sym.vars.get(v).at(Symbols.POST) + " = " + sym.vars.get(v).at(Symbols.PRE));
    }
    frame.add(Symbols.PRE + ".failed = " + failures(all));
    return "(" + String.join(" and ", frame) + ")";
  }

  private static String failures(List<String> failed) {
    return failed.isEmpty() ? "none" : String.join(" + ", failed);
  }

  /** Whether a statement still to run can block (a fork). */
  private static boolean forks(Rest k) {
    for (Rest r = k; r != null; r = r.outer()) {
      if (r.loop() != null ? forks(r.loop().body()) : forks(r.stmts().subList(r.from(), r.stmts().size()))) {
        return true;
      }
    }
    return false;
  }

  /** The variables {@code stmts} may assign, in variable order. */
  static TreeSet<Integer> writes(List<Stmt> stmts) {
    TreeSet<Integer> out = new TreeSet<>();
    for (Stmt s : stmts) {
      if (s instanceof Stmt.Assign a) {
        out.add(a.var());
      } else if (s instanceof Stmt.If i) {
        out.addAll(writes(i.then()));
        out.addAll(writes(i.otherwise()));
      } else if (s instanceof Stmt.For f) {
        out.addAll(writes(f.body()));
      } else if (s instanceof Stmt.Let l) {
        out.addAll(writes(l.body()));
      } else if (s instanceof Stmt.Either e) {
        e.branches().forEach(b -> out.addAll(writes(b.body())));
      } else if (s instanceof Stmt.Choose c) {
        out.addAll(writes(c.body()));
      }
    }
    return out;
  }

  static boolean forks(List<Stmt> stmts) {
    for (Stmt s : stmts) {
      if (s instanceof Stmt.Either || s instanceof Stmt.Choose) {
        return true;
      }
      if (s instanceof Stmt.If i && (forks(i.then()) || forks(i.otherwise()))) {
        return true;
      }
      if (s instanceof Stmt.For f && forks(f.body())) {
        return true;
      }
      if (s instanceof Stmt.Let l && forks(l.body())) {
        return true;
      }
    }
    return false;
  }

}
