package dev.rundown.semantics;

import dev.rundown.ir.Expr;

/**
 * A state formula {@code all x: T | body} seen one value of {@code x} at a time, when the body has a footprint
 * (every state access indexed by {@code x} and constants, each in range for every value): the body then reads
 * only those slots, is never ill-defined, and the formula holds when the body holds for every value.
 * Immutable after compilation.
 */
final class Instances {
  private final ExprNode body;
  private final int slot;
  private final int min;
  private final int size;
  private final Footprint footprint;

  private Instances(ExprNode body, int slot, int min, int size, Footprint footprint) {
    this.body = body;
    this.slot = slot;
    this.min = min;
    this.size = size;
    this.footprint = footprint;
  }

  /** The instances of {@code formula}, or null when it is not such a formula. */
  static Instances of(Expr formula, Compiler compiler) {
    if (!(formula instanceof Expr.Quantified q) || q.quantifier() != Expr.Quantifier.ALL) {
      return null;
    }
    Footprint footprint = Footprint.of(q);
    if (footprint == null) {
      return null;
    }
    int size = compiler.size(q.domain());
    for (int i = 0; i < size; i++) {
      if (footprint.slots(compiler.layout(), new int[] {q.domain().min() + i}) == null) {
        return null;
      }
    }
    return new Instances(compiler.expr(q.body()), q.slot(), q.domain().min(), size, footprint);
  }

  int count() {
    return size;
  }

  int[] footprint(Layout layout, int i) {
    return footprint.slots(layout, new int[] {min + i});
  }

  boolean holds(Machine m, int i, int[] state) {
    m.s = state;
    m.bad = false;
    m.env[slot] = min + i;
    return body.eval(m) != 0;
  }
}
