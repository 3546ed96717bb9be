package dev.rundown.explore;

import dev.rundown.engine.Budget;
import dev.rundown.engine.Progress;
import dev.rundown.engine.ProgressListener;
import dev.rundown.engine.StopReason;
import java.util.Optional;

/**
 * Exhaustive single-threaded breadth-first search of a {@link TransitionSystem}: one explorer loop, states
 * stored packed, identified by a seeded 64-bit fingerprint (or, in exact mode, by their full packed form),
 * with per state only its parent and transition number. Checks invariants on each new state, transition
 * violations on each transition and terminal properties on states without transitions, without pruning, and
 * keeps the first violation of each property (a shortest one, since states are expanded in BFS order).
 *
 * <p>The successors of many expanded states are staged and then looked up in the visited set together (so
 * that the set can order its memory accesses), at the latest when a level ends. Everything is as if each
 * successor were looked up as soon as found: new states are numbered, queued and checked in the order found,
 * and among the violations of a property the one an immediate search would meet first is kept. Near the
 * state budget, each expansion is flushed on its own, so a run stops at the same state.
 *
 * <p>With a {@link Canonicalizer}, states are identified by their canonical form but the frontier keeps the
 * concrete state first reached, so every stored transition number refers to a concrete state and paths
 * replay concretely. One run per instance; not thread-safe.
 */
public final class BfsExplorer {
  private static final int CLOCK_PERIOD = 256;
  private static final int HEAP_PERIOD = 4096;
  private static final long SECOND = 1_000_000_000L;
  /** The most successors staged before a flush. */
  private static final int MAX_BATCH = 1 << 21;
  /** The order of the events of one expansion: its transitions, its new successors' checks, its terminal check. */
  private static final int TRANSITION = 0;
  private static final int INVARIANT = 1;
  private static final int TERMINAL = 2;

  private final TransitionSystem system;
  private final Canonicalizer canonicalizer;
  private final Budget budget;
  private final ProgressListener progress;
  private final StateCodec codec;
  private final Expander expander;
  private final InvariantCheck invariantCheck;
  private final int words;
  private final VisitedSet visited;
  private final StateQueue frontier;
  private final IntColumn parents = new IntColumn();
  private final IntColumn steps = new IntColumn();
  private final Staging staging;
  /**
   * Successors staged before a flush (a flush also comes at each level's end): one per 512 bytes of heap, so
   * that the buffers take about a tenth of it. It changes nothing but speed.
   */
  private final int batch = (int) Math.max(1 << 12, Math.min(MAX_BATCH, Runtime.getRuntime().maxMemory() >> 9));
  /** State numbers at or above this stop the run (the budget's, or the largest a column holds). */
  private final long stateLimit;
  private final Violation[] violations;
  /** The event order of each kept violation (see {@link #order}). */
  private final long[] violationOrder;
  private final int[] violatedBuffer;
  private final int[] canonical;
  /** A state unpacked for a check or for the canonicalizer. */
  private final int[] state;
  /** The packed (concrete) form of the state being expanded. */
  private final long[] expanded;
  private final Sink sink = new Sink();

  private long transitions;
  private int depth;
  private int maxDepth;
  private long peakHeap;
  private StopReason stopped;

  /**
   * An explorer of {@code system}. A compiled model ({@link IrSystem}) is packed row by row and expanded and
   * checked with memos on packed states ({@link MemoExpander}, {@link InvariantMemo}); any other system through
   * its {@code int[]} interface.
   */
  public BfsExplorer(
      TransitionSystem system, Canonicalizer canonicalizer, boolean exact, Budget budget, ProgressListener progress) {
    this.system = system;
    this.canonicalizer = canonicalizer;
    this.budget = budget;
    this.progress = progress;
    this.state = new int[system.slotCount()];
    if (system instanceof IrSystem ir) {
      this.codec = new StateCodec(system, ir.packingOrder());
      this.expander = new MemoExpander(ir.interpreter(), codec);
      this.invariantCheck = new InvariantMemo(ir.interpreter(), codec);
    } else {
      this.codec = new StateCodec(system);
      this.expander = new SystemExpander(system, codec);
      this.invariantCheck = (packed, offset, out) -> {
        codec.unpack(packed, offset, state);
        return system.invariantViolations(state, out);
      };
    }
    this.words = codec.words();
    this.visited = exact ? new ExactStateSet(words) : new FingerprintSet();
    this.frontier = new StateQueue(words);
    this.staging = new Staging(words, canonicalizer != null);
    this.stateLimit = Math.min(budget.maxStates(), Integer.MAX_VALUE - 16);
    this.violations = new Violation[system.propertyCount()];
    this.violationOrder = new long[system.propertyCount()];
    this.violatedBuffer = new int[system.propertyCount() + 1];
    this.canonical = new int[system.slotCount()];
    this.expanded = new long[words];
  }

  /** The transitions of the state being expanded report here: no allocation per transition. */
  private final class Sink implements PackedSink {
    int source;
    int next;

    @Override
    public void successor(long[] packed, int[] violated, int violatedCount) {
      int t = next++;
      for (int i = 0; i < violatedCount; i++) {
        record(violated[i], source, t, order(source, TRANSITION));
      }
      if (packed != null) {
        stage(packed, source, t);
      }
    }
  }

  public ExploreResult run() {
    long start = System.nanoTime();
    long deadline = start + Math.min(budget.timeLimit().toNanos(), Long.MAX_VALUE / 4);
    long heapCeiling = budget.heapCeiling();
    long nextReport = start + SECOND;
    long[] initial = new long[words];
    try {
      for (int i = 0; i < system.initialCount(); i++) {
        system.initial(i, state);
        codec.pack(state, initial, 0);
        stage(initial, -1, i);
      }
      flush();
      int levelEnd = parents.size();
      int current = 0;
      while (stopped == null) {
        if (current == levelEnd) {
          flush();
          if (stopped != null || frontier.size() == 0) {
            break;
          }
          depth++;
          levelEnd = parents.size();
        }
        frontier.pop(expanded);
        sink.source = current;
        sink.next = 0;
        expander.expand(expanded, sink);
        transitions += sink.next;
        if (sink.next == 0) {
          codec.unpack(expanded, 0, state);
          int n = system.terminalViolations(state, violatedBuffer);
          for (int i = 0; i < n; i++) {
            record(violatedBuffer[i], current, -1, order(current, TERMINAL));
          }
        }
        current++;
        if (staging.size >= batch || parents.size() + (long) staging.size >= stateLimit) {
          flush();
        }
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
      flush();
    } catch (OutOfMemoryError e) {
      stop(StopReason.MEMORY);
    }
    usedHeap();
    double seconds = (System.nanoTime() - start) / 1e9;
    return new ExploreResult(parents.size(), transitions, maxDepth, seconds, peakHeap, visited.collisions(),
        Optional.ofNullable(stopped), violations, parents, steps);
  }

  /** Stages the state {@code packed[0..words)} reached by transition {@code step} of {@code parent} (-1: initial). */
  private void stage(long[] packed, int parent, int step) {
    Staging st = staging;
    int k = st.add(parent, step);
    int offset = k * words;
    long[] keys = st.keys;
    if (canonicalizer == null) {
      for (int w = 0; w < words; w++) {
        keys[offset + w] = packed[w];
      }
    } else {
      codec.unpack(packed, 0, state);
      canonicalizer.canonicalize(state, canonical);
      codec.pack(canonical, keys, offset);
      System.arraycopy(packed, 0, st.concrete, offset, words);
    }
    st.fps[k] = StateCodec.fingerprint(keys, offset, words);
  }

  /**
   * Looks the staged states up, then stores, queues and checks the new ones in the order found. When the
   * state limit may be reached, each is looked up and counted in turn, stopping at the limit.
   */
  private void flush() {
    Staging st = staging;
    boolean together = parents.size() + (long) st.size < stateLimit;
    if (together) {
      visited.addAll(st.fps, st.keys, st.size, st.fresh);
    }
    for (int k = 0; k < st.size; k++) {
      int offset = k * words;
      if (!(together ? st.fresh[k] : visited.add(st.fps[k], st.keys, offset))) {
        continue;
      }
      int id = parents.size();
      if (id >= stateLimit) {
        stop(StopReason.MAX_STATES);
        break;
      }
      int parent = st.parents[k];
      parents.add(parent);
      steps.add(st.steps[k]);
      frontier.push(st.concrete, offset);
      maxDepth = Math.max(maxDepth, parent < 0 ? 0 : depth + 1);
      int n = invariantCheck.violations(st.concrete, offset, violatedBuffer);
      for (int i = 0; i < n; i++) {
        record(violatedBuffer[i], id, -1, order(parent, INVARIANT));
      }
    }
    st.clear();
  }

  /**
   * The position of an event in an immediate search: the events of expansion {@code expansion} (-1 for the
   * initial states) come before those of the next one, and within it in the order of {@code phase}.
   */
  private static long order(int expansion, int phase) {
    return ((expansion + 1L) << 2) | phase;
  }

  /** Keeps the violation met first: events of one expansion and phase are recorded in their order. */
  private void record(int property, int state, int transition, long order) {
    if (violations[property] == null || order < violationOrder[property]) {
      violations[property] = new Violation(property, state, transition);
      violationOrder[property] = order;
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
