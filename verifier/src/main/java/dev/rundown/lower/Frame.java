package dev.rundown.lower;

import dev.rundown.ir.Expr;
import dev.rundown.ir.Stmt;
import java.util.List;

/**
 * What {@code return values} does where it appears: store the results and leave the body (for an inlined
 * operation, run the caller's continuation; in a routine or callback, jump to its exit label).
 */
@FunctionalInterface
interface Frame {
  List<Stmt> onReturn(List<Expr> values, StepState state);
}
