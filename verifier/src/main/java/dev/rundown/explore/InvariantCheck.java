package dev.rundown.explore;

/**
 * The invariant check of new states for {@link BfsExplorer}, on their packed form: the same answers as
 * {@link TransitionSystem#invariantViolations} on the unpacked state. Implementations are not thread-safe.
 */
@FunctionalInterface
interface InvariantCheck {
  /** Writes into {@code out} the properties the packed state at {@code packed[offset..]} violates; returns how many. */
  int violations(long[] packed, int offset, int[] out);
}
