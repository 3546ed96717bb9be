package dev.rundown.explore;

/**
 * What {@link BfsExplorer} explores: states are {@code int[]} of {@link #slotCount()} slots, each within
 * {@code slotMin..slotMin+slotSize-1}; transitions of a state are numbered by the order in which
 * {@link #successors} reports them, which must be deterministic. Properties are numbered 0..propertyCount-1;
 * the system says which ones a state or transition violates. Implementations need not be thread-safe.
 */
public interface TransitionSystem {
  int slotCount();

  int slotMin(int slot);

  /** Number of values slot {@code slot} can hold (at least 1). */
  int slotSize(int slot);

  int initialCount();

  /** Writes initial state {@code index} into {@code out}. */
  void initial(int index, int[] out);

  /** Reports every transition of {@code state} to {@code sink}, in a deterministic order. */
  void successors(int[] state, SuccessorSink sink);

  int propertyCount();

  /** Writes into {@code out} the properties every state must satisfy that {@code state} violates; returns how many. */
  int invariantViolations(int[] state, int[] out);

  /** As {@link #invariantViolations}, for the properties of states with no transition. */
  int terminalViolations(int[] state, int[] out);
}
