package dev.rundown.explore;

/**
 * Receives the transitions of one state, numbered by call order. The arrays belong to the caller and are
 * reused: valid only during the call.
 */
@FunctionalInterface
public interface SuccessorSink {
  /**
   * One transition: its next state (null when it has none), the slots where next may differ from the state
   * expanded ({@code changed[0..changedCount)}; {@code changed} null when unknown), and the properties it
   * violates.
   */
  void successor(int[] next, int[] changed, int changedCount, int[] violated, int violatedCount);
}
