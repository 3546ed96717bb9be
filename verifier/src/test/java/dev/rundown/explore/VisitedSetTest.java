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
  void fingerprintSetBatchesAddAsOneByOne() {
    FingerprintSet batched = new FingerprintSet();
    FingerprintSet single = new FingerprintSet();
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    long[] none = new long[1];
    long next = 1;
    for (int round = 0; round < 12; round++) {
      int count = round % 3 == 0 ? 100 : 20_000 + random.nextInt(60_000);
      long[] fps = new long[count];
      for (int k = 0; k < count; k++) {
        int pick = random.nextInt(10);
        // new fingerprints, repeats within the batch, fingerprints of earlier batches, and the empty marker
        fps[k] = pick < 3 ? (next++) * 0x9E3779B97F4A7C15L
            : pick < 6 && k > 0 ? fps[random.nextInt(k)]
            : pick < 9 ? random.nextLong(Math.max(1, next)) * 0x9E3779B97F4A7C15L : 0;
      }
      boolean[] fresh = new boolean[count];
      batched.addAll(fps, none, count, fresh);
      for (int k = 0; k < count; k++) {
        assertEquals(single.add(fps[k], none, 0), fresh[k], "round " + round + ", entry " + k);
      }
    }
  }

  @Test
  void slotSorterOrdersByTheSlotsTopBitsAndKeepsBatchOrder() {
    SlotSorter sorter = new SlotSorter();
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    long[] fps = new long[50_000];
    for (int k = 0; k < fps.length; k++) {
      fps[k] = k > 0 && random.nextInt(4) == 0 ? fps[random.nextInt(k)] : random.nextLong();
    }
    int bits = 20;
    sorter.scatter(fps, fps.length, bits);
    long mask = (1L << bits) - 1;
    int seen = 0;
    for (int b = 0; b < sorter.buckets(); b++) {
      for (int i = sorter.start(b); i < sorter.start(b + 1); i++) {
        assertEquals(b, (sorter.sorted[i] & mask) >>> (bits - 8), "the slot's top bits name the bucket");
        assertEquals(b, sorter.bucket(sorter.sorted[i]));
        assertEquals(fps[sorter.index[i]], sorter.sorted[i]);
        if (i > sorter.start(b)) {
          assertTrue(sorter.index[i] > sorter.index[i - 1], "batch order within a bucket");
        }
        seen++;
      }
    }
    assertEquals(fps.length, seen);
  }

  @Test
  void columnsGrowAcrossChunks() {
    IntColumn column = new IntColumn();
    for (int i = 0; i < 300_000; i++) {
      column.add(i * 7);
    }
    assertEquals(300_000, column.size());
    for (int i = 0; i < 300_000; i += 997) {
      assertEquals(i * 7, column.get(i));
    }
    assertEquals(299_999 * 7, column.get(299_999));
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
  void slotsPackInTheGivenOrder() {
    GraphSystem fourValues = new GraphSystem(4);
    TransitionSystem three = new TransitionSystem() {
      @Override public int slotCount() { return 3; }
      @Override public int slotMin(int slot) { return slot; }
      @Override public int slotSize(int slot) { return fourValues.slotSize(0); }
      @Override public int initialCount() { return 1; }
      @Override public void initial(int index, int[] out) {}
      @Override public void successors(int[] state, SuccessorSink sink) {}
      @Override public int propertyCount() { return 0; }
      @Override public int invariantViolations(int[] state, int[] out) { return 0; }
      @Override public int terminalViolations(int[] state, int[] out) { return 0; }
    };
    StateCodec codec = new StateCodec(three, new int[] {2, 0, 1});
    assertEquals(0, codec.shift(2));
    assertEquals(2, codec.shift(0));
    assertEquals(4, codec.shift(1));
    long[] packed = new long[1];
    codec.pack(new int[] {3, 2, 5}, packed, 0);
    assertEquals((5L - 2) | (3L - 0) << 2 | (2L - 1) << 4, packed[0]);
    int[] back = new int[3];
    codec.unpack(packed, 0, back);
    assertEquals(java.util.List.of(3, 2, 5), java.util.Arrays.stream(back).boxed().toList());
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
