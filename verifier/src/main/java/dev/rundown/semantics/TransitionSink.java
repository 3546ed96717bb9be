package dev.rundown.semantics;

/**
 * Receives the transitions of a state from {@link Interpreter#successors}, in their deterministic order.
 * The arrays are the interpreter's buffers, valid only during the call: copy what you keep.
 * An implementation must not call back into the same interpreter's {@code successors} during the call.
 */
@FunctionalInterface
public interface TransitionSink {
  /**
   * One transition: action index, its argument values (one per parameter, encoded), the choices it made
   * ({@code choices[0..choiceCount)}), the properties it violates ({@code violated[0..violatedCount)}) and
   * the next state, or null when the step is ill-defined (WellDefined is then among the violations).
   */
  void transition(
      int action, int[] args, int[] choices, int choiceCount, int[] violated, int violatedCount, int[] next);
}
