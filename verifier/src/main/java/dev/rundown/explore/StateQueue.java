package dev.rundown.explore;

import java.util.ArrayDeque;

/**
 * The BFS frontier: a FIFO of packed states in fixed-size chunks, released as they are consumed (one spare
 * kept for reuse). Not thread-safe.
 */
final class StateQueue {
  private static final int STATES_PER_CHUNK = 1 << 14;

  private final int words;
  private final int chunkLength;
  private final ArrayDeque<long[]> chunks = new ArrayDeque<>();
  private long[] spare;
  private int headOffset;
  private int tailOffset;
  private long size;

  StateQueue(int words) {
    this.words = words;
    this.chunkLength = words * STATES_PER_CHUNK;
    this.tailOffset = chunkLength;
  }

  long size() {
    return size;
  }

  void push(long[] packed, int offset) {
    if (tailOffset == chunkLength) {
      long[] chunk = spare != null ? spare : new long[chunkLength];
      spare = null;
      chunks.addLast(chunk);
      tailOffset = 0;
    }
    long[] tail = chunks.peekLast();
    for (int w = 0; w < words; w++) {
      tail[tailOffset + w] = packed[offset + w];
    }
    tailOffset += words;
    size++;
  }

  /** Removes the oldest state into {@code out}; the queue must not be empty. */
  void pop(long[] out) {
    long[] head = chunks.peekFirst();
    for (int w = 0; w < words; w++) {
      out[w] = head[headOffset + w];
    }
    headOffset += words;
    size--;
    if (headOffset == chunkLength || size == 0) {
      if (chunks.size() == 1) {
        tailOffset = chunkLength;
      }
      spare = chunks.pollFirst();
      headOffset = 0;
    }
  }
}
