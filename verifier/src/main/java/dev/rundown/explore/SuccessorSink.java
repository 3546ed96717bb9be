package dev.rundown.explore;

/**
 * Receives the transitions of one state, numbered by call order. The arrays belong to the caller and are
 * reused: valid only during the call.
 */
@FunctionalInterface
public interface SuccessorSink {
  /** One transition: its next state (null when it has none) and the properties it violates. */
  void successor(int[] next, int[] violated, int violatedCount);
}
