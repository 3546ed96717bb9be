package dev.rundown.explore;

/**
 * Computes the transitions of packed states for {@link BfsExplorer}, in the order of the transition system
 * it stands for (so transition numbers match). Implementations are not thread-safe: they reuse buffers.
 */
interface Expander {
  /** Reports every transition of the packed state {@code packed[0..words)} to {@code sink}, in order. */
  void expand(long[] packed, PackedSink sink);
}
