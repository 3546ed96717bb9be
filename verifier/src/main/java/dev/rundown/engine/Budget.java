package dev.rundown.engine;

import java.time.Duration;

/**
 * Limits for one run; a run that reaches one stops cleanly and reports what it found so far.
 * Immutable. {@code maxHeapBytes} is the used-heap ceiling (0 = derived from the JVM's max heap).
 */
public record Budget(long maxStates, Duration timeLimit, long maxHeapBytes) {
  public static final Budget UNLIMITED = new Budget(Long.MAX_VALUE, Duration.ofDays(365), 0);

  /** Whether a time limit was set (one shorter than {@link #UNLIMITED}'s). */
  public boolean hasTimeLimit() {
    return timeLimit.compareTo(UNLIMITED.timeLimit) < 0;
  }

  /** This budget with time limit {@code limit}. */
  public Budget withTimeLimit(Duration limit) {
    return new Budget(maxStates, limit, maxHeapBytes);
  }

  /** The effective heap ceiling: the given one, or 90% of the JVM's max heap. */
  public long heapCeiling() {
    return maxHeapBytes > 0 ? maxHeapBytes : (long) (Runtime.getRuntime().maxMemory() * 0.9);
  }
}
