package dev.rundown.semantics;

import dev.rundown.ir.Expr;
import dev.rundown.ir.Stmt;
import dev.rundown.ir.StateVar;
import dev.rundown.ir.Type;
import java.util.List;

/**
 * Compiles IR expressions and statements into {@link ExprNode}s and {@link StmtNode}s for one layout,
 * resolving every variable to its offsets and strides once. Stateless apart from the layout.
 */
final class Compiler {
  private final Layout layout;

  Compiler(Layout layout) {
    this.layout = layout;
  }

  Layout layout() {
    return layout;
  }

  ExprNode expr(Expr e) {
    if (e instanceof Expr.Const c) {
      return new ExprNode.Const(c.value());
    }
    if (e instanceof Expr.Bound b) {
      return new ExprNode.Slot(b.slot());
    }
    if (e instanceof Expr.Read r) {
      return read(r);
    }
    if (e instanceof Expr.Unary u) {
      if (u.op() == Expr.UnaryOp.NOT && u.operand() instanceof Expr.In in) {
        ExprNode fused = readSlotIn(in, false);
        if (fused != null) {
          return fused;
        }
      }
      ExprNode operand = expr(u.operand());
      return u.op() == Expr.UnaryOp.NOT ? new ExprNode.Not(operand) : new ExprNode.Neg(operand);
    }
    if (e instanceof Expr.Binary b) {
      return binary(b);
    }
    if (e instanceof Expr.In in) {
      return in(in);
    }
    if (e instanceof Expr.Quantified q) {
      return new ExprNode.Quantified(
          quantifier(q.quantifier()), q.slot(), q.domain().min(), size(q.domain()), expr(q.body()));
    }
    throw new IllegalArgumentException("unknown expression " + e.getClass().getSimpleName());
  }

  private ExprNode read(Expr.Read r) {
    int v = r.var();
    int base = layout.base(v);
    List<Expr> index = r.index();
    if (index.isEmpty()) {
      return new ExprNode.Fixed(base);
    }
    if (index.size() == 1) {
      int min = layout.indexMin(v, 0);
      int size = layout.indexSize(v, 0);
      if (index.get(0) instanceof Expr.Bound b) {
        return new ExprNode.ReadSlot(base, min, size, b.slot());
      }
      return new ExprNode.Read1(base, min, size, expr(index.get(0)));
    }
    return new ExprNode.ReadN(base, mins(v), sizes(v), strides(v), exprs(index));
  }

  private ExprNode binary(Expr.Binary b) {
    Expr.BinaryOp op = b.op();
    if (op == Expr.BinaryOp.AND) {
      return new ExprNode.And(expr(b.left()), expr(b.right()));
    }
    if (op == Expr.BinaryOp.OR) {
      return new ExprNode.Or(expr(b.left()), expr(b.right()));
    }
    if (op == Expr.BinaryOp.IMPLIES) {
      return new ExprNode.Implies(expr(b.left()), expr(b.right()));
    }
    if (op == Expr.BinaryOp.EQ || op == Expr.BinaryOp.NE) {
      boolean equal = op == Expr.BinaryOp.EQ;
      Expr left = b.left();
      Expr right = b.right();
      if (left instanceof Expr.Const && !(right instanceof Expr.Const)) {
        Expr t = left;
        left = right;
        right = t;
      }
      if (right instanceof Expr.Const c) {
        if (left instanceof Expr.Read r && r.index().size() == 1 && r.index().get(0) instanceof Expr.Bound s) {
          int v = r.var();
          return new ExprNode.ReadSlotEq(
              layout.base(v), layout.indexMin(v, 0), layout.indexSize(v, 0), s.slot(), c.value(), equal);
        }
        return new ExprNode.EqConst(expr(left), c.value(), equal);
      }
    }
    return new ExprNode.Arith(arithOp(op), expr(b.left()), expr(b.right()));
  }

  private static int quantifier(Expr.Quantifier q) {
    switch (q) {
      case ALL:
        return ExprNode.Quantified.ALL;
      case SOME:
        return ExprNode.Quantified.SOME;
      case NO:
        return ExprNode.Quantified.NO;
      default:
        return ExprNode.Quantified.COUNT;
    }
  }

  private static int arithOp(Expr.BinaryOp op) {
    switch (op) {
      case EQ:
        return ExprNode.Arith.EQ;
      case NE:
        return ExprNode.Arith.NE;
      case LT:
        return ExprNode.Arith.LT;
      case LE:
        return ExprNode.Arith.LE;
      case GT:
        return ExprNode.Arith.GT;
      case GE:
        return ExprNode.Arith.GE;
      case ADD:
        return ExprNode.Arith.ADD;
      case SUB:
        return ExprNode.Arith.SUB;
      default:
        throw new IllegalArgumentException("not an arithmetic operator: " + op);
    }
  }

  /** A fused membership test of a field read through an environment slot, or null when it does not apply. */
  private ExprNode readSlotIn(Expr.In in, boolean member) {
    if (!(in.element() instanceof Expr.Read r && r.index().size() == 1 && r.index().get(0) instanceof Expr.Bound b)
        || in.set().isEmpty() || !in.set().stream().allMatch(e -> e instanceof Expr.Const)) {
      return null;
    }
    int min = in.set().stream().mapToInt(e -> ((Expr.Const) e).value()).min().getAsInt();
    int max = in.set().stream().mapToInt(e -> ((Expr.Const) e).value()).max().getAsInt();
    if ((long) max - min >= 64) {
      return null;
    }
    long mask = 0;
    for (Expr e : in.set()) {
      mask |= 1L << (((Expr.Const) e).value() - min);
    }
    int v = r.var();
    return new ExprNode.ReadSlotIn(
        layout.base(v), layout.indexMin(v, 0), layout.indexSize(v, 0), b.slot(), min, mask, member);
  }

  private ExprNode in(Expr.In in) {
    ExprNode fused = readSlotIn(in, true);
    if (fused != null) {
      return fused;
    }
    ExprNode element = expr(in.element());
    boolean constants = in.set().stream().allMatch(e -> e instanceof Expr.Const);
    if (constants && !in.set().isEmpty()) {
      int min = in.set().stream().mapToInt(e -> ((Expr.Const) e).value()).min().getAsInt();
      int max = in.set().stream().mapToInt(e -> ((Expr.Const) e).value()).max().getAsInt();
      if ((long) max - min < 64) {
        long mask = 0;
        for (Expr e : in.set()) {
          mask |= 1L << (((Expr.Const) e).value() - min);
        }
        return new ExprNode.InMask(element, min, mask);
      }
    }
    return new ExprNode.InList(element, exprs(in.set()));
  }

  /** Compiles {@code stmts} so that the path goes on with {@code next} after them. */
  StmtNode block(List<Stmt> stmts, StmtNode next) {
    StmtNode entry = next;
    for (int i = stmts.size() - 1; i >= 0; i--) {
      entry = stmt(stmts.get(i), entry);
    }
    return entry;
  }

  private StmtNode stmt(Stmt s, StmtNode next) {
    if (s instanceof Stmt.Assign a) {
      int v = a.var();
      StateVar var = layout.model().vars().get(v);
      if (a.index().size() == 1 && a.index().get(0) instanceof Expr.Bound b) {
        long pos = a.value() instanceof Expr.Const c ? (long) c.value() - var.type().min() : -1;
        if (pos >= 0 && pos < size(var.type())) {
          return new StmtNode.AssignSlotConst(layout.base(v), layout.indexMin(v, 0), layout.indexSize(v, 0),
              b.slot(), ((Expr.Const) a.value()).value(), next);
        }
        return new StmtNode.AssignSlot(layout.base(v), layout.indexMin(v, 0), layout.indexSize(v, 0), b.slot(),
            expr(a.value()), var.type().min(), size(var.type()), next);
      }
      return new StmtNode.Assign(layout.base(v), mins(v), sizes(v), strides(v), exprs(a.index()), expr(a.value()),
          var.type().min(), size(var.type()), next);
    }
    if (s instanceof Stmt.If i) {
      return new StmtNode.If(expr(i.condition()), block(i.then(), next), block(i.otherwise(), next));
    }
    if (s instanceof Stmt.For f) {
      if (f.body().isEmpty()) {
        return next;
      }
      int min = f.domain().min();
      StmtNode.ForNext loop = new StmtNode.ForNext(f.slot(), min + size(f.domain()) - 1, next);
      loop.body = block(f.body(), loop);
      return new StmtNode.For(f.slot(), min, loop.body);
    }
    if (s instanceof Stmt.Either e) {
      ExprNode[] guards = new ExprNode[e.branches().size()];
      StmtNode[] entries = new StmtNode[guards.length];
      for (int b = 0; b < guards.length; b++) {
        Stmt.Branch branch = e.branches().get(b);
        guards[b] = branch.guard() == null ? null : expr(branch.guard());
        entries[b] = block(branch.body(), next);
      }
      return new StmtNode.Either(guards, entries);
    }
    if (s instanceof Stmt.Choose c) {
      return new StmtNode.Choose(c.slot(), c.domain().min(), size(c.domain()),
          c.where() == null ? null : expr(c.where()), block(c.body(), next));
    }
    if (s instanceof Stmt.Let l) {
      return new StmtNode.Let(l.slot(), expr(l.value()), block(l.body(), next));
    }
    if (s instanceof Stmt.Assert a) {
      return new StmtNode.Assert(expr(a.condition()), a.property(), next);
    }
    throw new IllegalArgumentException("unknown statement " + s.getClass().getSimpleName());
  }

  int size(Type t) {
    return t.size(layout.bounds());
  }

  private ExprNode[] exprs(List<Expr> es) {
    ExprNode[] nodes = new ExprNode[es.size()];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = expr(es.get(i));
    }
    return nodes;
  }

  private int[] mins(int v) {
    int[] r = new int[layout.model().vars().get(v).index().size()];
    for (int j = 0; j < r.length; j++) {
      r[j] = layout.indexMin(v, j);
    }
    return r;
  }

  private int[] sizes(int v) {
    int[] r = new int[layout.model().vars().get(v).index().size()];
    for (int j = 0; j < r.length; j++) {
      r[j] = layout.indexSize(v, j);
    }
    return r;
  }

  private int[] strides(int v) {
    int[] r = new int[layout.model().vars().get(v).index().size()];
    for (int j = 0; j < r.length; j++) {
      r[j] = layout.indexStride(v, j);
    }
    return r;
  }
}
