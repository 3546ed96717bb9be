package dev.rundown.explore;

/**
 * The general {@link Expander}: unpacks the state, asks the {@link TransitionSystem} for its transitions and
 * packs each next state (from the expanded one and the changed slots when the system names them). Not
 * thread-safe.
 */
final class SystemExpander implements Expander, SuccessorSink {
  private final TransitionSystem system;
  private final StateCodec codec;
  private final int[] state;
  private final long[] next;
  private long[] packed;
  private PackedSink out;

  SystemExpander(TransitionSystem system, StateCodec codec) {
    this.system = system;
    this.codec = codec;
    this.state = new int[system.slotCount()];
    this.next = new long[codec.words()];
  }

  @Override
  public void expand(long[] packed, PackedSink sink) {
    this.packed = packed;
    this.out = sink;
    codec.unpack(packed, 0, state);
    system.successors(state, this);
    this.out = null;
  }

  @Override
  public void successor(int[] nextState, int[] changed, int changedCount, int[] violated, int violatedCount) {
    if (nextState == null) {
      out.successor(null, violated, violatedCount);
      return;
    }
    if (changed != null) {
      System.arraycopy(packed, 0, next, 0, next.length);
      for (int i = 0; i < changedCount; i++) {
        codec.repack(nextState, changed[i], next, 0);
      }
    } else {
      codec.pack(nextState, next, 0);
    }
    out.successor(next, violated, violatedCount);
  }
}
