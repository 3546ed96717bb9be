package dev.rundown.explore;

import dev.rundown.engine.Budget;
import dev.rundown.engine.Progress;
import dev.rundown.engine.ProgressListener;
import dev.rundown.engine.StopReason;
import java.util.Arrays;
import java.util.Optional;

/**
 * Exhaustive single-threaded breadth-first search of a {@link TransitionSystem}: one explorer loop, states
 * stored packed, identified by a seeded 64-bit fingerprint (or, in exact mode, by their full packed form),
 * with per state only its parent and transition number. Checks invariants on each new state, transition
 * violations on each transition and terminal properties on states without transitions, without pruning, and
 * keeps the first violation of each property (a shortest one, since states are expanded in BFS order).
 *
 * <p>With a {@link Canonicalizer}, states are identified by their canonical form but the frontier keeps the
 * concrete state first reached, so every stored transition number refers to a concrete state and paths
 * replay concretely. One run per instance; not thread-safe.
 */
public final class BfsExplorer {
  private static final int CLOCK_PERIOD = 256;
  private static final int HEAP_PERIOD = 4096;
  private static final long SECOND = 1_000_000_000L;

  private final TransitionSystem system;
  private final Canonicalizer canonicalizer;
  private final Budget budget;
  private final ProgressListener progress;
  private final StateCodec codec;
  private final int words;
  private final VisitedSet visited;
  private final StateQueue frontier;
  private final IntColumn parents = new IntColumn();
  private final IntColumn steps = new IntColumn();
  private final Violation[] violations;
  private final int[] violatedBuffer;
  private final int[] canonical;
  private final int[] checked;
  /** The packed (concrete) form of the state being expanded. */
  private final long[] expanded;
  private final Sink sink = new Sink();

  /** The successors of the state being expanded, staged so that their visited-set lookups overlap. */
  private long[] stagedKeys;
  private long[] stagedConcrete;
  private long[] stagedFps = new long[64];
  private int[] stagedSteps = new int[64];
  private int staged;
  /** Sum of the prefetched table slots, kept only so that the JIT cannot drop those reads. */
  private long prefetched;

  private long transitions;
  private int depth;
  private int maxDepth;
  private long peakHeap;
  private StopReason stopped;

  public BfsExplorer(
      TransitionSystem system, Canonicalizer canonicalizer, boolean exact, Budget budget, ProgressListener progress) {
    this.system = system;
    this.canonicalizer = canonicalizer;
    this.budget = budget;
    this.progress = progress;
    this.codec = new StateCodec(system);
    this.words = codec.words();
    this.visited = exact ? new ExactStateSet(words) : new FingerprintSet();
    this.frontier = new StateQueue(words);
    this.violations = new Violation[system.propertyCount()];
    this.violatedBuffer = new int[system.propertyCount() + 1];
    this.canonical = new int[system.slotCount()];
    this.checked = new int[system.slotCount()];
    this.expanded = new long[words];
    this.stagedKeys = new long[64 * words];
    this.stagedConcrete = canonicalizer == null ? stagedKeys : new long[64 * words];
  }

  /** The transitions of the state being expanded report here: no allocation per transition. */
  private final class Sink implements SuccessorSink {
    int source;
    int next;

    @Override
    public void successor(int[] state, int[] changed, int changedCount, int[] violated, int violatedCount) {
      int t = next++;
      for (int i = 0; i < violatedCount; i++) {
        record(violated[i], source, t);
      }
      if (state != null) {
        stage(state, changed, changedCount, t);
      }
    }
  }

  public ExploreResult run() {
    long start = System.nanoTime();
    long deadline = start + Math.min(budget.timeLimit().toNanos(), Long.MAX_VALUE / 4);
    long heapCeiling = budget.heapCeiling();
    long nextReport = start + SECOND;
    int[] state = new int[system.slotCount()];
    try {
      for (int i = 0; i < system.initialCount(); i++) {
        system.initial(i, state);
        stage(state, null, 0, i);
      }
      flush(-1);
      int levelEnd = parents.size();
      int current = 0;
      while (frontier.size() > 0 && stopped == null) {
        if (current == levelEnd) {
          depth++;
          levelEnd = parents.size();
        }
        frontier.pop(expanded);
        codec.unpack(expanded, 0, state);
        sink.source = current;
        sink.next = 0;
        system.successors(state, sink);
        flush(current);
        transitions += sink.next;
        if (sink.next == 0) {
          int n = system.terminalViolations(state, violatedBuffer);
          for (int i = 0; i < n; i++) {
            record(violatedBuffer[i], current, -1);
          }
        }
        current++;
        if (current % CLOCK_PERIOD == 0) {
          long now = System.nanoTime();
          if (current % HEAP_PERIOD == 0 && usedHeap() > heapCeiling && usedHeapAfterGc() > heapCeiling) {
            stop(StopReason.MEMORY);
          }
          if (now - deadline > 0) {
            stop(StopReason.TIME_LIMIT);
          }
          if (now - nextReport > 0) {
            nextReport = now + SECOND;
            report(start, now);
          }
        }
      }
    } catch (OutOfMemoryError e) {
      stop(StopReason.MEMORY);
    }
    usedHeap();
    double seconds = (System.nanoTime() - start) / 1e9;
    return new ExploreResult(parents.size(), transitions, maxDepth, seconds, peakHeap, visited.collisions(),
        Optional.ofNullable(stopped), violations, parents, steps);
  }

  /**
   * Stages a state reached by transition {@code step} of the state expanded (or initial state {@code step}).
   * Without symmetry and with the changed slots known, it is packed from the expanded state's packed form.
   */
  private void stage(int[] state, int[] changed, int changedCount, int step) {
    if (staged == stagedSteps.length) {
      grow();
    }
    int k = staged++;
    int offset = k * words;
    long[] keys = stagedKeys;
    if (canonicalizer == null && changed != null) {
      long[] from = expanded;
      for (int w = 0; w < from.length; w++) {
        keys[offset + w] = from[w];
      }
      for (int i = 0; i < changedCount; i++) {
        codec.repack(state, changed[i], keys, offset);
      }
    } else if (canonicalizer == null) {
      codec.pack(state, keys, offset);
    } else {
      canonicalizer.canonicalize(state, canonical);
      codec.pack(canonical, keys, offset);
      codec.pack(state, stagedConcrete, offset);
    }
    stagedFps[k] = StateCodec.fingerprint(keys, offset, words);
    stagedSteps[k] = step;
  }

  private void grow() {
    int capacity = staged * 2;
    stagedFps = Arrays.copyOf(stagedFps, capacity);
    stagedSteps = Arrays.copyOf(stagedSteps, capacity);
    stagedKeys = Arrays.copyOf(stagedKeys, capacity * words);
    stagedConcrete = canonicalizer == null ? stagedKeys : Arrays.copyOf(stagedConcrete, capacity * words);
  }

  /** Looks the staged states up in order, storing, queueing and checking the new ones (parent -1: initial). */
  private void flush(int parent) {
    prefetched += visited.prefetch(stagedFps, staged);
    int d = parent < 0 ? 0 : depth + 1;
    for (int k = 0; k < staged && stopped == null; k++) {
      int offset = k * words;
      if (!visited.add(stagedFps[k], stagedKeys, offset)) {
        continue;
      }
      int id = parents.size();
      if (id >= budget.maxStates() || id == Integer.MAX_VALUE - 16) {
        stop(StopReason.MAX_STATES);
        break;
      }
      parents.add(parent);
      steps.add(stagedSteps[k]);
      frontier.push(stagedConcrete, offset);
      maxDepth = Math.max(maxDepth, d);
      codec.unpack(stagedConcrete, offset, checked);
      int n = system.invariantViolations(checked, violatedBuffer);
      for (int i = 0; i < n; i++) {
        record(violatedBuffer[i], id, -1);
      }
    }
    staged = 0;
  }

  private void record(int property, int state, int transition) {
    if (violations[property] == null) {
      violations[property] = new Violation(property, state, transition);
    }
  }

  private void stop(StopReason reason) {
    if (stopped == null) {
      stopped = reason;
    }
  }

  private void report(long start, long now) {
    double seconds = (now - start) / 1e9;
    progress.onProgress(
        new Progress(parents.size(), frontier.size(), depth, parents.size() / seconds, usedHeap(), seconds));
  }

  private long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    long used = rt.totalMemory() - rt.freeMemory();
    peakHeap = Math.max(peakHeap, used);
    return used;
  }

  /** Used heap without garbage: only called once the cheap measure is above the ceiling. */
  private long usedHeapAfterGc() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
