package dev.rundown.lower;

import dev.rundown.ir.Expr;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What lowering one atomic step collects besides its body: the slots in use, guard conjuncts hoisted from
 * called operations, and the rules of the operations it inlines. Mutable; one per IR action being built.
 */
final class StepState {
  final Slots slots;
  final int params;
  final Owner owner;
  final List<Expr> guards = new ArrayList<>();
  final Set<String> calledRules = new LinkedHashSet<>();

  StepState(int params, Owner owner) {
    this.slots = new Slots(params);
    this.params = params;
    this.owner = owner;
  }

  /** The step's guard: {@code base} and every hoisted conjunct. */
  Expr guard(Expr base) {
    Expr g = base;
    for (Expr e : guards) {
      g = Types.and(g, e);
    }
    return g;
  }
}
