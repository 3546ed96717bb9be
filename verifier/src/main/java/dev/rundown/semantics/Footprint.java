package dev.rundown.semantics;

import dev.rundown.ir.Action;
import dev.rundown.ir.Expr;
import dev.rundown.ir.Stmt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The state slots one action can read or write, as a function of its arguments (or the body of a quantified
 * formula, as a function of its variable): present when every state access is indexed by parameters and
 * constants only, so that the transitions of a binding (the value of the body) depend on the values of those
 * slots alone. Immutable.
 */
final class Footprint {
  /** Per access: the variable, and per index position a parameter number, or -1 for a constant. */
  private final int[] vars;
  private final int[][] params;
  private final int[][] consts;

  private Footprint(List<int[]> accesses, List<int[]> constants) {
    vars = new int[accesses.size()];
    params = new int[vars.length][];
    consts = new int[vars.length][];
    for (int k = 0; k < vars.length; k++) {
      int[] a = accesses.get(k);
      vars[k] = a[0];
      params[k] = Arrays.copyOfRange(a, 1, a.length);
      consts[k] = constants.get(k);
    }
  }

  /** The footprint of {@code action}, or null when some access is indexed by anything but parameters and constants. */
  static Footprint of(Action action) {
    int[] params = new int[action.params().size()];
    for (int p = 0; p < params.length; p++) {
      params[p] = action.params().get(p).slot();
    }
    Collector c = new Collector(params);
    if (action.guard() != null) {
      c.expr(action.guard());
    }
    c.stmts(action.body());
    return c.local ? new Footprint(c.accesses, c.constants) : null;
  }

  /**
   * The variables {@code action} reads or writes anywhere (guard, body, indices), sorted: whatever its footprint,
   * its transitions are a function of these variables' slots and write no other slot.
   */
  static int[] variables(Action action) {
    Collector c = new Collector(new int[0]);
    if (action.guard() != null) {
      c.expr(action.guard());
    }
    c.stmts(action.body());
    return c.variables();
  }

  /** The variables formula {@code e} reads, sorted. */
  static int[] variables(Expr e) {
    Collector c = new Collector(new int[0]);
    c.expr(e);
    return c.variables();
  }

  /** The footprint of the body of {@code q} as a function of its variable (the one argument), or null. */
  static Footprint of(Expr.Quantified q) {
    Collector c = new Collector(new int[] {q.slot()});
    c.expr(q.body());
    return c.local ? new Footprint(c.accesses, c.constants) : null;
  }

  /**
   * The sorted distinct slots the binding {@code args} reads or writes, or null when one of its accesses is
   * through an out-of-range index (that binding is then ill-defined in a way this does not describe).
   */
  int[] slots(Layout layout, int[] args) {
    TreeSet<Integer> slots = new TreeSet<>();
    for (int k = 0; k < vars.length; k++) {
      int[] tuple = new int[params[k].length];
      for (int j = 0; j < tuple.length; j++) {
        tuple[j] = params[k][j] >= 0 ? args[params[k][j]] : consts[k][j];
      }
      int slot = layout.slot(vars[k], tuple);
      if (slot < 0) {
        return null;
      }
      slots.add(slot);
    }
    return slots.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Walks an action or formula, recording accesses; clears {@link #local} at the first one it cannot resolve. */
  private static final class Collector {
    /** The environment slots of the arguments, in argument order. */
    final int[] params;
    final List<int[]> accesses = new ArrayList<>();
    final List<int[]> constants = new ArrayList<>();
    boolean local = true;

    Collector(int[] params) {
      this.params = params;
    }

    /** The distinct variables accessed, sorted. */
    int[] variables() {
      return accesses.stream().mapToInt(a -> a[0]).distinct().sorted().toArray();
    }

    /** The argument an environment slot holds, or -1. */
    int param(int slot) {
      for (int p = 0; p < params.length; p++) {
        if (params[p] == slot) {
          return p;
        }
      }
      return -1;
    }

    void access(int var, List<Expr> index) {
      int[] a = new int[index.size() + 1];
      int[] c = new int[index.size()];
      a[0] = var;
      for (int j = 0; j < index.size(); j++) {
        Expr e = index.get(j);
        if (e instanceof Expr.Bound b && param(b.slot()) >= 0) {
          a[j + 1] = param(b.slot());
        } else if (e instanceof Expr.Const k) {
          a[j + 1] = -1;
          c[j] = k.value();
        } else {
          local = false;
        }
      }
      accesses.add(a);
      constants.add(c);
    }

    /** A binder may not reuse an argument's slot: a bound argument slot then always means the argument. */
    void binder(int slot) {
      if (param(slot) >= 0) {
        local = false;
      }
    }

    void expr(Expr e) {
      if (e instanceof Expr.Read r) {
        access(r.var(), r.index());
      } else if (e instanceof Expr.Quantified q) {
        binder(q.slot());
      }
      e.children().forEach(this::expr);
    }

    void stmts(List<Stmt> body) {
      body.forEach(this::stmt);
    }

    void stmt(Stmt s) {
      if (s instanceof Stmt.Assign a) {
        access(a.var(), a.index());
        a.index().forEach(this::expr);
        expr(a.value());
      } else if (s instanceof Stmt.If i) {
        expr(i.condition());
        stmts(i.then());
        stmts(i.otherwise());
      } else if (s instanceof Stmt.For f) {
        binder(f.slot());
        stmts(f.body());
      } else if (s instanceof Stmt.Either e) {
        for (Stmt.Branch b : e.branches()) {
          if (b.guard() != null) {
            expr(b.guard());
          }
          stmts(b.body());
        }
      } else if (s instanceof Stmt.Choose c) {
        binder(c.slot());
        if (c.where() != null) {
          expr(c.where());
        }
        stmts(c.body());
      } else if (s instanceof Stmt.Let l) {
        binder(l.slot());
        expr(l.value());
        stmts(l.body());
      } else if (s instanceof Stmt.Assert a) {
        expr(a.condition());
      } else {
        local = false;
      }
    }
  }
}
