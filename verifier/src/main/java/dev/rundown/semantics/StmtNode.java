package dev.rundown.semantics;

/**
 * A compiled statement in continuation-passing form: {@link #run} does its work and returns the node to run
 * next (its static continuation, a branch or loop entry), or null when the current path has ended (emitted,
 * blocked or ill-defined). A fork runs each alternative to its end before returning null.
 * Immutable after compilation (loop back-edges are set once while compiling).
 */
abstract class StmtNode {
  abstract StmtNode run(Machine m);

  /** Runs a path from {@code node} to its end. */
  static void drive(StmtNode node, Machine m) {
    while (node != null) {
      node = node.run(m);
    }
  }

  /** End of the action body: the path becomes a transition. */
  static final class Emit extends StmtNode {
    @Override
    StmtNode run(Machine m) {
      m.emit();
      return null;
    }
  }

  /** {@code var[index] := value}, range-checked against the variable's type. */
  static final class Assign extends StmtNode {
    private final int base;
    private final int[] min;
    private final int[] size;
    private final int[] stride;
    private final ExprNode[] index;
    private final ExprNode value;
    private final int valueMin;
    private final int valueSize;
    private final StmtNode next;

    Assign(int base, int[] min, int[] size, int[] stride, ExprNode[] index, ExprNode value, int valueMin,
        int valueSize, StmtNode next) {
      this.base = base;
      this.min = min;
      this.size = size;
      this.stride = stride;
      this.index = index;
      this.value = value;
      this.valueMin = valueMin;
      this.valueSize = valueSize;
      this.next = next;
    }

    @Override
    StmtNode run(Machine m) {
      int v = value.eval(m);
      int offset = index.length == 0 ? base : ExprNode.offset(m, base, min, size, stride, index);
      long pos = (long) v - valueMin;
      if (m.bad || pos < 0 || pos >= valueSize) {
        m.emitIllDefined();
        return null;
      }
      m.s[offset] = v;
      return next;
    }
  }

  static final class If extends StmtNode {
    private final ExprNode condition;
    private final StmtNode then;
    private final StmtNode otherwise;

    If(ExprNode condition, StmtNode then, StmtNode otherwise) {
      this.condition = condition;
      this.then = then;
      this.otherwise = otherwise;
    }

    @Override
    StmtNode run(Machine m) {
      int c = condition.eval(m);
      if (m.bad) {
        m.emitIllDefined();
        return null;
      }
      return c != 0 ? then : otherwise;
    }
  }

  /** Binds {@code slot} to the first value of the domain and enters the body; {@link ForNext} loops. */
  static final class For extends StmtNode {
    private final int slot;
    private final int min;
    private final StmtNode body;

    For(int slot, int min, StmtNode body) {
      this.slot = slot;
      this.min = min;
      this.body = body;
    }

    @Override
    StmtNode run(Machine m) {
      m.env[slot] = min;
      return body;
    }
  }

  /** The end of a {@code for} body: next value, or leave the loop. */
  static final class ForNext extends StmtNode {
    private final int slot;
    private final int last;
    private final StmtNode exit;
    StmtNode body;

    ForNext(int slot, int last, StmtNode exit) {
      this.slot = slot;
      this.last = last;
      this.exit = exit;
    }

    @Override
    StmtNode run(Machine m) {
      if (m.env[slot] >= last) {
        return exit;
      }
      m.env[slot]++;
      return body;
    }
  }

  static final class Let extends StmtNode {
    private final int slot;
    private final ExprNode value;
    private final StmtNode body;

    Let(int slot, ExprNode value, StmtNode body) {
      this.slot = slot;
      this.value = value;
      this.body = body;
    }

    @Override
    StmtNode run(Machine m) {
      int v = value.eval(m);
      if (m.bad) {
        m.emitIllDefined();
        return null;
      }
      m.env[slot] = v;
      return body;
    }
  }

  static final class Assert extends StmtNode {
    private final ExprNode condition;
    private final int property;
    private final StmtNode next;

    Assert(ExprNode condition, int property, StmtNode next) {
      this.condition = condition;
      this.property = property;
      this.next = next;
    }

    @Override
    StmtNode run(Machine m) {
      int c = condition.eval(m);
      if (m.bad) {
        m.emitIllDefined();
        return null;
      }
      if (c == 0) {
        m.pushViolation(property);
      }
      return next;
    }
  }

  /**
   * A fork over alternatives 0..n-1, each enabled, disabled or ill-defined in the state at the fork.
   * With exactly one enabled alternative (and no ill-defined one) the path goes on without a snapshot;
   * otherwise each alternative runs from a restored snapshot. No alternative: the path blocks.
   */
  abstract static class Fork extends StmtNode {
    static final int DISABLED = 0;
    static final int ENABLED = 1;
    static final int ILL_DEFINED = 2;

    abstract int alternatives();

    /** Whether alternative {@code a} may be taken; leaves {@link Machine#bad} false. */
    abstract int test(Machine m, int a);

    /** Records the choice of {@code a}, binds what it binds, and returns its entry. */
    abstract StmtNode enter(Machine m, int a);

    @Override
    final StmtNode run(Machine m) {
      int n = alternatives();
      int first = -1;
      int firstOutcome = DISABLED;
      for (int a = 0; a < n; a++) {
        int outcome = test(m, a);
        if (outcome == DISABLED) {
          continue;
        }
        if (first >= 0) {
          return runAll(m, n);
        }
        first = a;
        firstOutcome = outcome;
      }
      if (first < 0) {
        return null;
      }
      if (firstOutcome == ILL_DEFINED) {
        m.pushChoice(choiceValue(first));
        m.emitIllDefined();
        return null;
      }
      return enter(m, first);
    }

    /** The value recorded in the choice list for alternative {@code a}. */
    abstract int choiceValue(int a);

    private StmtNode runAll(Machine m, int n) {
      int level = m.save();
      for (int a = 0; a < n; a++) {
        m.restore(level);
        int outcome = test(m, a);
        if (outcome == ENABLED) {
          drive(enter(m, a), m);
        } else if (outcome == ILL_DEFINED) {
          m.pushChoice(choiceValue(a));
          m.emitIllDefined();
        }
      }
      m.release(level);
      return null;
    }

    static int outcome(Machine m, ExprNode guard) {
      if (guard == null) {
        return ENABLED;
      }
      int g = guard.eval(m);
      if (m.bad) {
        m.bad = false;
        return ILL_DEFINED;
      }
      return g != 0 ? ENABLED : DISABLED;
    }
  }

  /** {@code either when g1 {…} or when g2 {…}}: the choice is the branch index. */
  static final class Either extends Fork {
    private final ExprNode[] guards;
    private final StmtNode[] entries;

    Either(ExprNode[] guards, StmtNode[] entries) {
      this.guards = guards;
      this.entries = entries;
    }

    @Override
    int alternatives() {
      return guards.length;
    }

    @Override
    int test(Machine m, int a) {
      return outcome(m, guards[a]);
    }

    @Override
    int choiceValue(int a) {
      return a;
    }

    @Override
    StmtNode enter(Machine m, int a) {
      m.pushChoice(a);
      return entries[a];
    }
  }

  /** {@code choose x: T where c {…}}: the choice is the encoded value bound to {@code slot}. */
  static final class Choose extends Fork {
    private final int slot;
    private final int min;
    private final int size;
    private final ExprNode where;
    private final StmtNode body;

    Choose(int slot, int min, int size, ExprNode where, StmtNode body) {
      this.slot = slot;
      this.min = min;
      this.size = size;
      this.where = where;
      this.body = body;
    }

    @Override
    int alternatives() {
      return size;
    }

    @Override
    int test(Machine m, int a) {
      m.env[slot] = min + a;
      return outcome(m, where);
    }

    @Override
    int choiceValue(int a) {
      return min + a;
    }

    @Override
    StmtNode enter(Machine m, int a) {
      m.env[slot] = min + a;
      m.pushChoice(min + a);
      return body;
    }
  }
}
