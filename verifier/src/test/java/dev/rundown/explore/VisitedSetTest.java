package dev.rundown.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The two visited sets: growth keeps every member, and the exact set tells colliding states apart. */
class VisitedSetTest {
  @Test
  void fingerprintSetKeepsEveryMemberAcrossResizes() {
    FingerprintSet set = new FingerprintSet();
    long[] none = new long[1];
    for (long i = 0; i < 300_000; i++) {
      assertTrue(set.add(i * 0x9E3779B97F4A7C15L, none, 0));
    }
    for (long i = 0; i < 300_000; i++) {
      assertFalse(set.add(i * 0x9E3779B97F4A7C15L, none, 0));
    }
    assertEquals(0, set.collisions());
  }

  @Test
  void exactSetCountsStatesSharingAFingerprint() {
    ExactStateSet set = new ExactStateSet(2);
    long[] a = {1, 2};
    long[] b = {1, 3};
    assertTrue(set.add(42, a, 0));
    assertTrue(set.add(42, b, 0), "same fingerprint, different state: both are kept");
    assertFalse(set.add(42, new long[] {9, 1, 3}, 1));
    assertFalse(set.add(42, a, 0));
    assertEquals(1, set.collisions());
    for (long i = 0; i < 200_000; i++) {
      assertTrue(set.add(i * 31, new long[] {i, -i}, 0));
    }
    assertFalse(set.add(31 * 7, new long[] {7, -7}, 0));
  }

  @Test
  void codecRoundTripsAndFingerprintsDifferentStatesDifferently() {
    GraphSystem g = new GraphSystem(1000);
    StateCodec codec = new StateCodec(g);
    long[] packed = new long[codec.words()];
    int[] back = new int[1];
    codec.pack(new int[] {999}, packed, 0);
    codec.unpack(packed, 0, back);
    assertEquals(999, back[0]);
    long f1 = StateCodec.fingerprint(packed, 0, 1);
    codec.pack(new int[] {998}, packed, 0);
    assertTrue(f1 != StateCodec.fingerprint(packed, 0, 1));
  }

  @Test
  void multiWordStatesRoundTripAndRepack() {
    GraphSystem sixteenValues = new GraphSystem(16);
    TransitionSystem wide = new TransitionSystem() {
      @Override public int slotCount() { return 40; }
      @Override public int slotMin(int slot) { return -3; }
      @Override public int slotSize(int slot) { return sixteenValues.slotSize(0); }
      @Override public int initialCount() { return 1; }
      @Override public void initial(int index, int[] out) {}
      @Override public void successors(int[] state, SuccessorSink sink) {}
      @Override public int propertyCount() { return 0; }
      @Override public int invariantViolations(int[] state, int[] out) { return 0; }
      @Override public int terminalViolations(int[] state, int[] out) { return 0; }
    };
    StateCodec codec = new StateCodec(wide);
    assertEquals(3, codec.words());
    int[] state = new int[40];
    for (int i = 0; i < 40; i++) {
      state[i] = -3 + (i * 7) % 16;
    }
    long[] packed = new long[3];
    codec.pack(state, packed, 0);
    int[] back = new int[40];
    codec.unpack(packed, 0, back);
    assertEquals(java.util.Arrays.toString(state), java.util.Arrays.toString(back));
    state[17] = 12;
    state[39] = -3;
    codec.repack(state, 17, packed, 0);
    codec.repack(state, 39, packed, 0);
    long[] fresh = new long[3];
    codec.pack(state, fresh, 0);
    assertEquals(java.util.Arrays.toString(fresh), java.util.Arrays.toString(packed));
  }
}
