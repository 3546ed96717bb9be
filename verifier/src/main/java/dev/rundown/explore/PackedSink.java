package dev.rundown.explore;

/**
 * Receives the transitions of one packed state from an {@link Expander}, numbered by call order. The arrays
 * belong to the caller and are reused: valid only during the call, never to be changed.
 */
interface PackedSink {
  /**
   * One transition: its packed next state in {@code next[0..words)} (null when it has none) and the
   * properties it violates, {@code violated[0..violatedCount)}.
   */
  void successor(long[] next, int[] violated, int violatedCount);
}
