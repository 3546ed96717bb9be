package dev.rundown.explore;

/** The set of visited (canonical) states of one exploration. Not thread-safe. */
interface VisitedSet {
  /**
   * Adds the state with fingerprint {@code fp} and packed form {@code packed[offset..offset+words)}; true when
   * it was not there.
   */
  boolean add(long fp, long[] packed, int offset);

  /**
   * Reads the table slots of {@code fps[0..count)} so that the cache misses of a batch of lookups overlap
   * instead of coming one by one; returns a value only so that the reads are not optimised away.
   */
  long prefetch(long[] fps, int count);

  /** Pairs of distinct states found to share a fingerprint (exact mode only; 0 otherwise). */
  long collisions();
}
