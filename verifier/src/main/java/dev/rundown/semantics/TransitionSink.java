package dev.rundown.semantics;

/**
 * Receives the transitions of a state from {@link Interpreter#successors}, in their deterministic order.
 * An implementation must not call back into the same interpreter's {@code successors} during the call.
 */
@FunctionalInterface
public interface TransitionSink {
  void transition(TransitionView transition);
}
