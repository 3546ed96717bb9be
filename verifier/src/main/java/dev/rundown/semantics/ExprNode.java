package dev.rundown.semantics;

/**
 * A compiled expression: evaluates to an int (bool as 0/1) on a {@link Machine}, without allocation.
 * Immutable after compilation. A read through an invalid index sets {@link Machine#bad} and yields 0;
 * the caller checks the flag once the whole expression is evaluated.
 */
abstract class ExprNode {
  abstract int eval(Machine m);

  static final class Const extends ExprNode {
    final int value;

    Const(int value) {
      this.value = value;
    }

    @Override
    int eval(Machine m) {
      return value;
    }
  }

  /** An environment slot (parameter, bound or quantified variable). */
  static final class Slot extends ExprNode {
    private final int slot;

    Slot(int slot) {
      this.slot = slot;
    }

    @Override
    int eval(Machine m) {
      return m.env[slot];
    }
  }

  /** A state slot at a fixed offset (a global). */
  static final class Fixed extends ExprNode {
    private final int offset;

    Fixed(int offset) {
      this.offset = offset;
    }

    @Override
    int eval(Machine m) {
      return m.s[offset];
    }
  }

  /** A variable with one index given by an environment slot: {@code h.state} with {@code h} a parameter. */
  static final class ReadSlot extends ExprNode {
    private final int base;
    private final int min;
    private final int size;
    private final int slot;

    ReadSlot(int base, int min, int size, int slot) {
      this.base = base;
      this.min = min;
      this.size = size;
      this.slot = slot;
    }

    @Override
    int eval(Machine m) {
      int i = m.env[slot] - min;
      if (i < 0 || i >= size) {
        m.bad = true;
        return 0;
      }
      return m.s[base + i];
    }
  }

  /** {@code h.field == c} or {@code !=} with {@code h} an environment slot: the commonest guard atom. */
  static final class ReadSlotEq extends ExprNode {
    private final int base;
    private final int min;
    private final int size;
    private final int slot;
    private final int constant;
    private final int equal;

    ReadSlotEq(int base, int min, int size, int slot, int constant, boolean equal) {
      this.base = base;
      this.min = min;
      this.size = size;
      this.slot = slot;
      this.constant = constant;
      this.equal = equal ? 1 : 0;
    }

    @Override
    int eval(Machine m) {
      int i = m.env[slot] - min;
      if (i < 0 || i >= size) {
        m.bad = true;
        return 0;
      }
      return m.s[base + i] == constant ? equal : 1 - equal;
    }
  }

  /** A variable with one index given by any expression ({@code s.ctx.refs}). */
  static final class Read1 extends ExprNode {
    private final int base;
    private final int min;
    private final int size;
    private final ExprNode index;

    Read1(int base, int min, int size, ExprNode index) {
      this.base = base;
      this.min = min;
      this.size = size;
      this.index = index;
    }

    @Override
    int eval(Machine m) {
      int i = index.eval(m) - min;
      if (i < 0 || i >= size) {
        m.bad = true;
        return 0;
      }
      return m.s[base + i];
    }
  }

  /** A variable with several indices (routine locals of a routine with several parameters). */
  static final class ReadN extends ExprNode {
    private final int base;
    private final int[] min;
    private final int[] size;
    private final int[] stride;
    private final ExprNode[] index;

    ReadN(int base, int[] min, int[] size, int[] stride, ExprNode[] index) {
      this.base = base;
      this.min = min;
      this.size = size;
      this.stride = stride;
      this.index = index;
    }

    @Override
    int eval(Machine m) {
      int offset = offset(m, base, min, size, stride, index);
      return offset < 0 ? 0 : m.s[offset];
    }
  }

  /** The slot of a multi-index access, or -1 (and the bad flag) when an index is out of range. */
  static int offset(Machine m, int base, int[] min, int[] size, int[] stride, ExprNode[] index) {
    int offset = base;
    for (int j = 0; j < index.length; j++) {
      int i = index[j].eval(m) - min[j];
      if (i < 0 || i >= size[j]) {
        m.bad = true;
        return -1;
      }
      offset += i * stride[j];
    }
    return offset;
  }

  static final class Not extends ExprNode {
    private final ExprNode operand;

    Not(ExprNode operand) {
      this.operand = operand;
    }

    @Override
    int eval(Machine m) {
      return operand.eval(m) == 0 ? 1 : 0;
    }
  }

  static final class Neg extends ExprNode {
    private final ExprNode operand;

    Neg(ExprNode operand) {
      this.operand = operand;
    }

    @Override
    int eval(Machine m) {
      return -operand.eval(m);
    }
  }

  static final class And extends ExprNode {
    private final ExprNode left;
    private final ExprNode right;

    And(ExprNode left, ExprNode right) {
      this.left = left;
      this.right = right;
    }

    @Override
    int eval(Machine m) {
      return left.eval(m) != 0 && right.eval(m) != 0 ? 1 : 0;
    }
  }

  static final class Or extends ExprNode {
    private final ExprNode left;
    private final ExprNode right;

    Or(ExprNode left, ExprNode right) {
      this.left = left;
      this.right = right;
    }

    @Override
    int eval(Machine m) {
      return left.eval(m) != 0 || right.eval(m) != 0 ? 1 : 0;
    }
  }

  static final class Implies extends ExprNode {
    private final ExprNode left;
    private final ExprNode right;

    Implies(ExprNode left, ExprNode right) {
      this.left = left;
      this.right = right;
    }

    @Override
    int eval(Machine m) {
      return left.eval(m) == 0 || right.eval(m) != 0 ? 1 : 0;
    }
  }

  /** {@code e == c} or {@code e != c} with a constant. */
  static final class EqConst extends ExprNode {
    private final ExprNode operand;
    private final int constant;
    private final int equal;

    EqConst(ExprNode operand, int constant, boolean equal) {
      this.operand = operand;
      this.constant = constant;
      this.equal = equal ? 1 : 0;
    }

    @Override
    int eval(Machine m) {
      return operand.eval(m) == constant ? equal : 1 - equal;
    }
  }

  /** Comparisons and arithmetic between two expressions (arithmetic wraps at the int range). */
  static final class Arith extends ExprNode {
    static final int EQ = 0;
    static final int NE = 1;
    static final int LT = 2;
    static final int LE = 3;
    static final int GT = 4;
    static final int GE = 5;
    static final int ADD = 6;
    static final int SUB = 7;

    private final int op;
    private final ExprNode left;
    private final ExprNode right;

    Arith(int op, ExprNode left, ExprNode right) {
      this.op = op;
      this.left = left;
      this.right = right;
    }

    @Override
    int eval(Machine m) {
      int a = left.eval(m);
      int b = right.eval(m);
      switch (op) {
        case EQ:
          return a == b ? 1 : 0;
        case NE:
          return a != b ? 1 : 0;
        case LT:
          return a < b ? 1 : 0;
        case LE:
          return a <= b ? 1 : 0;
        case GT:
          return a > b ? 1 : 0;
        case GE:
          return a >= b ? 1 : 0;
        case ADD:
          return a + b;
        default:
          return a - b;
      }
    }
  }

  /** {@code e in {c1, c2, …}} over constants within 64 values of each other: one bit test. */
  static final class InMask extends ExprNode {
    private final ExprNode element;
    private final int min;
    private final long mask;

    InMask(ExprNode element, int min, long mask) {
      this.element = element;
      this.min = min;
      this.mask = mask;
    }

    @Override
    int eval(Machine m) {
      int i = element.eval(m) - min;
      return i >= 0 && i < 64 && ((mask >>> i) & 1L) != 0 ? 1 : 0;
    }
  }

  /** {@code e in {e1, e2, …}} in general. */
  static final class InList extends ExprNode {
    private final ExprNode element;
    private final ExprNode[] set;

    InList(ExprNode element, ExprNode[] set) {
      this.element = element;
      this.set = set;
    }

    @Override
    int eval(Machine m) {
      int v = element.eval(m);
      for (ExprNode e : set) {
        if (e.eval(m) == v) {
          return 1;
        }
      }
      return 0;
    }
  }

  /** all/some/no/count over the values {@code min..min+size-1} bound to environment slot {@code slot}. */
  static final class Quantified extends ExprNode {
    static final int ALL = 0;
    static final int SOME = 1;
    static final int NO = 2;
    static final int COUNT = 3;

    private final int quantifier;
    private final int slot;
    private final int min;
    private final int size;
    private final ExprNode body;

    Quantified(int quantifier, int slot, int min, int size, ExprNode body) {
      this.quantifier = quantifier;
      this.slot = slot;
      this.min = min;
      this.size = size;
      this.body = body;
    }

    @Override
    int eval(Machine m) {
      int count = 0;
      for (int v = min; v < min + size; v++) {
        m.env[slot] = v;
        boolean holds = body.eval(m) != 0;
        if (quantifier == ALL && !holds) {
          return 0;
        }
        if ((quantifier == SOME || quantifier == NO) && holds) {
          return quantifier == SOME ? 1 : 0;
        }
        if (holds) {
          count++;
        }
      }
      return quantifier == COUNT ? count : quantifier == SOME ? 0 : 1;
    }
  }
}
