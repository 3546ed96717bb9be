package dev.rundown.semantics;

import dev.rundown.ir.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * The leading conjuncts of an action guard that test a field read through a parameter against constants
 * ({@code h.state == Open}, {@code h.s1 in {Pending, Done}}, their negations), checked inline with no
 * expression nodes: most disabled bindings are rejected here. Only a prefix of the conjunction is used, so
 * short-circuit evaluation (and ill-definedness) is unchanged. Immutable.
 */
final class GuardFilter {
  static final int FALSE = 0;
  static final int TRUE = 1;
  static final int UNKNOWN = 2;

  private final int[] param;
  private final int[] base;
  private final int[] min;
  private final int[] size;
  private final int[] valueMin;
  private final long[] mask;
  private final boolean[] member;
  /** True when the atoms are the whole guard: passing them means the guard holds. */
  private final boolean exact;
  /** The first atom again, in fields: it decides most bindings without array loads. */
  private final int param0;
  private final int base0;
  private final int min0;
  private final int size0;
  private final int valueMin0;
  private final long mask0;
  private final boolean member0;

  private GuardFilter(List<int[]> atoms, List<Long> masks, List<Boolean> members, boolean exact) {
    int n = atoms.size();
    param = new int[n];
    base = new int[n];
    min = new int[n];
    size = new int[n];
    valueMin = new int[n];
    mask = new long[n];
    member = new boolean[n];
    for (int k = 0; k < n; k++) {
      int[] a = atoms.get(k);
      param[k] = a[0];
      base[k] = a[1];
      min[k] = a[2];
      size[k] = a[3];
      valueMin[k] = a[4];
      mask[k] = masks.get(k);
      member[k] = members.get(k);
    }
    this.exact = exact;
    param0 = param[0];
    base0 = base[0];
    min0 = min[0];
    size0 = size[0];
    valueMin0 = valueMin[0];
    mask0 = mask[0];
    member0 = member[0];
  }

  /** The filter of {@code guard} for parameters in environment slots {@code slots}, or null if it has none. */
  static GuardFilter of(Expr guard, int[] slots, Layout layout) {
    List<Expr> conjuncts = new ArrayList<>();
    flatten(guard, conjuncts);
    List<int[]> atoms = new ArrayList<>();
    List<Long> masks = new ArrayList<>();
    List<Boolean> members = new ArrayList<>();
    for (Expr c : conjuncts) {
      boolean positive = true;
      Expr e = c;
      if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NOT) {
        positive = false;
        e = u.operand();
      }
      Expr.Read read;
      List<Expr> values;
      if (e instanceof Expr.Binary b && (b.op() == Expr.BinaryOp.EQ || b.op() == Expr.BinaryOp.NE)) {
        positive ^= b.op() == Expr.BinaryOp.NE;
        Expr left = b.left() instanceof Expr.Const ? b.right() : b.left();
        Expr right = b.left() instanceof Expr.Const ? b.left() : b.right();
        if (!(left instanceof Expr.Read r)) {
          break;
        }
        read = r;
        values = List.of(right);
      } else if (e instanceof Expr.In in && in.element() instanceof Expr.Read r) {
        read = r;
        values = in.set();
      } else {
        break;
      }
      int p = paramOf(read, slots);
      if (p < 0 || values.isEmpty() || !values.stream().allMatch(v -> v instanceof Expr.Const)) {
        break;
      }
      int lo = values.stream().mapToInt(v -> ((Expr.Const) v).value()).min().getAsInt();
      int hi = values.stream().mapToInt(v -> ((Expr.Const) v).value()).max().getAsInt();
      if ((long) hi - lo >= 64) {
        break;
      }
      long m = 0;
      for (Expr v : values) {
        m |= 1L << (((Expr.Const) v).value() - lo);
      }
      int var = read.var();
      atoms.add(new int[] {p, layout.base(var), layout.indexMin(var, 0), layout.indexSize(var, 0), lo});
      masks.add(m);
      members.add(positive);
    }
    return atoms.isEmpty() ? null : new GuardFilter(atoms, masks, members, atoms.size() == conjuncts.size());
  }

  private static void flatten(Expr e, List<Expr> out) {
    if (e instanceof Expr.Binary b && b.op() == Expr.BinaryOp.AND) {
      flatten(b.left(), out);
      flatten(b.right(), out);
    } else {
      out.add(e);
    }
  }

  /** The parameter whose slot indexes a one-index read, or -1. */
  private static int paramOf(Expr.Read read, int[] slots) {
    if (read.index().size() != 1 || !(read.index().get(0) instanceof Expr.Bound b)) {
      return -1;
    }
    for (int p = 0; p < slots.length; p++) {
      if (slots[p] == b.slot()) {
        return p;
      }
    }
    return -1;
  }

  /** FALSE when an atom fails, TRUE when all pass and they are the whole guard, else UNKNOWN. */
  int test(int[] state, int[] args) {
    int i0 = args[param0] - min0;
    if (i0 < 0 || i0 >= size0) {
      return UNKNOWN;
    }
    int v0 = state[base0 + i0] - valueMin0;
    if ((v0 >= 0 && v0 < 64 && ((mask0 >>> v0) & 1L) != 0) != member0) {
      return FALSE;
    }
    for (int k = 1; k < param.length; k++) {
      int i = args[param[k]] - min[k];
      if (i < 0 || i >= size[k]) {
        return UNKNOWN;
      }
      int v = state[base[k] + i] - valueMin[k];
      boolean in = v >= 0 && v < 64 && ((mask[k] >>> v) & 1L) != 0;
      if (in != member[k]) {
        return FALSE;
      }
    }
    return exact ? TRUE : UNKNOWN;
  }
}
