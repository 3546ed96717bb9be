package dev.rundown.lower;

import dev.rundown.ir.Action;
import dev.rundown.ir.Expr;
import dev.rundown.ir.Stmt;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Dead-variable reduction for one routine or callback: a local that every path from a label writes before it
 * reads it (or never reads) is dead there, and each jump to that label sets it back to its initial value, so states
 * that differ only in dead values are one state. Sound because only the procedure's own steps read its locals (the
 * properties read program counters, never locals). A pure function of the lowered steps.
 */
final class DeadLocals {
  /** A jump in a step's body: the target label's ordinal and the locals every path to it has written. */
  private record Jump(int target, BitSet written) {}

  /** What one step does to the locals. */
  private record StepUse(int at, BitSet reads, BitSet writes, List<Jump> jumps) {}

  private final int pcVar;
  private final int arity;
  private final List<Integer> locals;
  private final IntFunction<Stmt.Assign> reset;

  /**
   * @param pcVar the procedure's program counter; every jump assigns it a constant at the procedure's index
   * @param arity the number of the procedure's parameters (the length of that index)
   * @param locals the candidate locals: owned by the procedure, indexed exactly by its parameters
   * @param reset the statement that sets a candidate (by variable) back to its initial value
   */
  DeadLocals(int pcVar, int arity, List<Integer> locals, IntFunction<Stmt.Assign> reset) {
    this.pcVar = pcVar;
    this.arity = arity;
    this.locals = List.copyOf(locals);
    this.reset = reset;
  }

  /**
   * The steps with resets before their jumps. {@code labels[i]} is the ordinal of the label step {@code i} runs
   * at; labels without a step (done, returned, idle) have nothing live.
   */
  List<Action> apply(List<Action> steps, int[] labels) {
    if (locals.isEmpty()) {
      return steps;
    }
    List<StepUse> uses = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Action a = steps.get(i);
      BitSet reads = new BitSet();
      readsOf(a.guard(), reads);
      BitSet writes = new BitSet();
      List<Jump> jumps = new ArrayList<>();
      scan(a.body(), new BitSet(), reads, writes, jumps);
      uses.add(new StepUse(labels[i], reads, writes, jumps));
    }
    Map<Integer, BitSet> live = liveness(uses);
    List<Action> out = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Action a = steps.get(i);
      StepUse use = uses.get(i);
      BitSet dirty = (BitSet) live.get(use.at()).clone();
      dirty.or(use.writes());
      List<Stmt> body = rewrite(a.body(), dirty, new BitSet(), live, true);
      out.add(new Action(a.name(), a.actor(), a.params(), a.guard(), body, a.slots(), a.rules(), a.origin(), a.span()));
    }
    return out;
  }

  /** live(k) = reads(k) ∪ ⋃ over jumps (live(target) − written before the jump), to a fixpoint. */
  private static Map<Integer, BitSet> liveness(List<StepUse> uses) {
    Map<Integer, BitSet> live = new LinkedHashMap<>();
    uses.forEach(u -> live.put(u.at(), (BitSet) u.reads().clone()));
    boolean changed = true;
    while (changed) {
      changed = false;
      for (StepUse u : uses) {
        BitSet in = live.get(u.at());
        for (Jump j : u.jumps()) {
          BitSet after = live.get(j.target());
          if (after == null) {
            continue;
          }
          BitSet add = (BitSet) after.clone();
          add.andNot(j.written());
          add.andNot(in);
          if (!add.isEmpty()) {
            in.or(add);
            changed = true;
          }
        }
      }
    }
    return live;
  }

  /**
   * Walks a body in execution order: {@code written} is what every path so far has written (copied at forks),
   * {@code reads} and {@code writes} collect any access, {@code jumps} every assignment of the program counter.
   */
  private void scan(List<Stmt> body, BitSet written, BitSet reads, BitSet writes, List<Jump> jumps) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Assign a) {
        a.index().forEach(e -> readsOf(e, reads));
        readsOf(a.value(), reads);
        int target = jumpTarget(a);
        if (target >= 0) {
          jumps.add(new Jump(target, (BitSet) written.clone()));
        } else if (own(a)) {
          written.set(locals.indexOf(a.var()));
          writes.set(locals.indexOf(a.var()));
        }
      } else if (s instanceof Stmt.If i) {
        readsOf(i.condition(), reads);
        BitSet then = (BitSet) written.clone();
        BitSet otherwise = (BitSet) written.clone();
        scan(i.then(), then, reads, writes, jumps);
        scan(i.otherwise(), otherwise, reads, writes, jumps);
        then.and(otherwise);
        written.or(then);
      } else if (s instanceof Stmt.Either e) {
        BitSet all = null;
        for (Stmt.Branch b : e.branches()) {
          readsOf(b.guard(), reads);
          BitSet w = (BitSet) written.clone();
          scan(b.body(), w, reads, writes, jumps);
          if (all == null) {
            all = w;
          } else {
            all.and(w);
          }
        }
        if (all != null) {
          written.or(all);
        }
      } else if (s instanceof Stmt.Choose c) {
        readsOf(c.where(), reads);
        scan(c.body(), written, reads, writes, jumps);
      } else if (s instanceof Stmt.Let l) {
        readsOf(l.value(), reads);
        scan(l.body(), written, reads, writes, jumps);
      } else if (s instanceof Stmt.For f) {
        List<Jump> inside = new ArrayList<>();
        scan(f.body(), (BitSet) written.clone(), reads, writes, inside);
        if (!inside.isEmpty()) {
          throw new IllegalStateException("program counter assigned inside a for loop");
        }
      } else if (s instanceof Stmt.Assert a) {
        readsOf(a.condition(), reads);
      }
    }
  }

  /**
   * The body with, before each jump, resets of the dirty locals that are dead at its target, except those whose
   * last assignment on the path already set them to their initial value ({@code clean}).
   */
  private List<Stmt> rewrite(List<Stmt> body, BitSet dirty, BitSet clean, Map<Integer, BitSet> live, boolean tail) {
    List<Stmt> out = new ArrayList<>();
    BitSet now = (BitSet) clean.clone();
    for (int k = 0; k < body.size(); k++) {
      Stmt s = body.get(k);
      boolean last = tail && k == body.size() - 1;
      if (s instanceof Stmt.Assign a && jumpTarget(a) >= 0) {
        if (!last) {
          throw new IllegalStateException("a step goes on after assigning its program counter");
        }
        BitSet dead = (BitSet) dirty.clone();
        BitSet after = live.get(jumpTarget(a));
        if (after != null) {
          dead.andNot(after);
        }
        dead.andNot(now);
        dead.stream().forEach(v -> out.add(reset.apply(locals.get(v))));
        out.add(s);
        continue;
      }
      if (s instanceof Stmt.Assign a && own(a)) {
        now.set(locals.indexOf(a.var()), initial(a));
      } else if (s instanceof Stmt.If i) {
        s = new Stmt.If(i.condition(), rewrite(i.then(), dirty, now, live, last), rewrite(i.otherwise(), dirty, now, live, last), i.span());
      } else if (s instanceof Stmt.Either e) {
        List<Stmt.Branch> branches = new ArrayList<>();
        e.branches().forEach(b -> branches.add(new Stmt.Branch(b.guard(), rewrite(b.body(), dirty, now, live, last), b.span())));
        s = new Stmt.Either(branches, e.span());
      } else if (s instanceof Stmt.Choose c) {
        s = new Stmt.Choose(c.slot(), c.name(), c.domain(), c.where(), rewrite(c.body(), dirty, now, live, last), c.span());
      } else if (s instanceof Stmt.Let l) {
        s = new Stmt.Let(l.slot(), l.name(), l.value(), rewrite(l.body(), dirty, now, live, last), l.span());
      }
      if (!(s instanceof Stmt.Assign) && !(s instanceof Stmt.Assert)) {
        BitSet inside = new BitSet();
        scan(List.of(s), new BitSet(), new BitSet(), inside, new ArrayList<>());
        now.andNot(inside); // written somewhere inside: no longer known to be initial
      }
      out.add(s);
    }
    return out;
  }

  /** The ordinal this statement sets the program counter to, or -1 when it is not a jump of this procedure. */
  private int jumpTarget(Stmt.Assign a) {
    if (a.var() != pcVar) {
      return -1;
    }
    if (!(a.value() instanceof Expr.Const c) || a.index().size() != arity) {
      throw new IllegalStateException("the program counter is assigned something other than a label");
    }
    return c.value();
  }

  /** Whether the assignment sets its local to the local's initial value. */
  private boolean initial(Stmt.Assign a) {
    return a.value() instanceof Expr.Const c && reset.apply(a.var()).value() instanceof Expr.Const d && c.value() == d.value();
  }

  /** Only the procedure's own steps assign its locals, always at its own index. */
  private boolean own(Stmt.Assign a) {
    return locals.contains(a.var());
  }

  private void readsOf(Expr e, BitSet reads) {
    if (e == null) {
      return;
    }
    if (e instanceof Expr.Read r) {
      int at = locals.indexOf(r.var());
      if (at >= 0) {
        reads.set(at);
      }
    }
    e.children().forEach(c -> readsOf(c, reads));
  }
}
