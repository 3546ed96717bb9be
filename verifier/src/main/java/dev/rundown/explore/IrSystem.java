package dev.rundown.explore;

import dev.rundown.semantics.Interpreter;
import dev.rundown.semantics.Layout;
import dev.rundown.semantics.TransitionSink;

/**
 * A compiled model seen as a {@link TransitionSystem}: one initial state, the interpreter's transitions in
 * its order, its invariant and terminal checks. Not thread-safe (wraps a single-threaded interpreter).
 */
final class IrSystem implements TransitionSystem, TransitionSink {
  private final Interpreter interpreter;
  private final Layout layout;
  private final int[] initial;
  private SuccessorSink out;

  IrSystem(Interpreter interpreter) {
    this.interpreter = interpreter;
    this.layout = interpreter.layout();
    this.initial = interpreter.initialState();
  }

  @Override
  public int slotCount() {
    return layout.size();
  }

  @Override
  public int slotMin(int slot) {
    return layout.slotMin(slot);
  }

  @Override
  public int slotSize(int slot) {
    return layout.slotSize(slot);
  }

  @Override
  public int initialCount() {
    return 1;
  }

  @Override
  public void initial(int index, int[] state) {
    System.arraycopy(initial, 0, state, 0, initial.length);
  }

  @Override
  public void successors(int[] state, SuccessorSink sink) {
    out = sink;
    interpreter.successors(state, this);
    out = null;
  }

  @Override
  public void transition(
      int action, int[] args, int[] choices, int choiceCount, int[] violated, int violatedCount, int[] next) {
    out.successor(next, violated, violatedCount);
  }

  @Override
  public int propertyCount() {
    return interpreter.propertyCount();
  }

  @Override
  public int invariantViolations(int[] state, int[] violated) {
    return interpreter.invariantViolations(state, violated);
  }

  @Override
  public int terminalViolations(int[] state, int[] violated) {
    return interpreter.terminalViolations(state, violated);
  }
}
