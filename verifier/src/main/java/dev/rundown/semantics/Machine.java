package dev.rundown.semantics;

import java.util.Arrays;

/**
 * The mutable registers compiled code runs on: the state being read and written, the environment, the
 * ill-definedness flag and, for a step, the choices, violations and undo log of the current path and fork snapshots.
 * Not thread-safe; one per evaluation context, reused for every evaluation (no allocation in steady state).
 */
final class Machine implements TransitionView {
  /** The state reads and writes go to. */
  int[] s;

  final int[] env;
  /** Set by a read or write through an invalid index; the current path then ends as a WellDefined violation. */
  boolean bad;

  int[] choices = new int[8];
  int choiceCount;
  int[] violated = new int[8];
  int violatedCount;
  /**
   * Undo log of the current path: slots written (also used for incremental packing of the next state) and
   * the values they held. Steps run in place on the state; forks and the end of a binding undo the writes.
   */
  int[] written = new int[16];
  private int[] overwritten = new int[16];
  int writtenCount;
  /** Whether the transition being reported has no next state (a primitive: no reference store per step). */
  private boolean noNext;

  /** The step being run: action index, argument values, where transitions go, the WellDefined property. */
  int action;
  int[] args;
  TransitionSink sink;
  final int wellDefined;

  private int[][] savedEnvs = new int[4][];
  private int[] savedChoices = new int[4];
  private int[] savedViolations = new int[4];
  private int[] savedWrites = new int[4];
  private int depth;

  Machine(int envSize, int wellDefined) {
    this.env = new int[Math.max(1, envSize)];
    this.wellDefined = wellDefined;
  }

  /** Starts a new path (a new binding of an action). */
  void resetPath() {
    bad = false;
    choiceCount = 0;
    violatedCount = 0;
    writtenCount = 0;
    depth = 0;
  }

  void pushChoice(int c) {
    if (choiceCount == choices.length) {
      choices = Arrays.copyOf(choices, choiceCount * 2);
    }
    choices[choiceCount++] = c;
  }

  /** Writes {@code v} to slot {@code offset} of the state, remembering the slot. */
  void write(int offset, int v) {
    if (writtenCount == written.length) {
      written = Arrays.copyOf(written, writtenCount * 2);
      overwritten = Arrays.copyOf(overwritten, writtenCount * 2);
    }
    written[writtenCount] = offset;
    overwritten[writtenCount++] = s[offset];
    s[offset] = v;
  }

  /** Undoes the writes logged after position {@code mark}, latest first. */
  void undoTo(int mark) {
    for (int k = writtenCount - 1; k >= mark; k--) {
      s[written[k]] = overwritten[k];
    }
    writtenCount = mark;
  }

  /** Records a violated property once per path. */
  void pushViolation(int property) {
    for (int i = 0; i < violatedCount; i++) {
      if (violated[i] == property) {
        return;
      }
    }
    if (violatedCount == violated.length) {
      violated = Arrays.copyOf(violated, violatedCount * 2);
    }
    violated[violatedCount++] = property;
  }

  /** The current path completes: one transition to the state in {@link #s}. */
  void emit() {
    noNext = false;
    sink.transition(this);
  }

  /** The current path read or wrote through an invalid index: a WellDefined violation with no successor. */
  void emitIllDefined() {
    pushViolation(wellDefined);
    noNext = true;
    sink.transition(this);
  }

  /** Saves the undo position, environment, choices and violations before a fork; returns the snapshot's level. */
  int save() {
    int d = depth++;
    if (d == savedEnvs.length) {
      savedEnvs = Arrays.copyOf(savedEnvs, d * 2);
      savedChoices = Arrays.copyOf(savedChoices, d * 2);
      savedViolations = Arrays.copyOf(savedViolations, d * 2);
      savedWrites = Arrays.copyOf(savedWrites, d * 2);
    }
    if (savedEnvs[d] == null) {
      savedEnvs[d] = new int[env.length];
    }
    System.arraycopy(env, 0, savedEnvs[d], 0, env.length);
    savedChoices[d] = choiceCount;
    savedViolations[d] = violatedCount;
    savedWrites[d] = writtenCount;
    return d;
  }

  /** Puts back the snapshot of level {@code d} (the violations recorded before it are kept as they were). */
  void restore(int d) {
    undoTo(savedWrites[d]);
    System.arraycopy(savedEnvs[d], 0, env, 0, env.length);
    choiceCount = savedChoices[d];
    violatedCount = savedViolations[d];
    bad = false;
  }

  /** Drops the snapshot of level {@code d}, the innermost. */
  void release(int d) {
    depth = d;
  }

  @Override
  public int action() {
    return action;
  }

  @Override
  public int[] args() {
    return args;
  }

  @Override
  public int choiceCount() {
    return choiceCount;
  }

  @Override
  public int choice(int i) {
    return choices[i];
  }

  @Override
  public int violatedCount() {
    return violatedCount;
  }

  @Override
  public int[] violated() {
    return violated;
  }

  @Override
  public int[] next() {
    return noNext ? null : s;
  }

  @Override
  public int writtenCount() {
    return writtenCount;
  }

  @Override
  public int[] written() {
    return written;
  }
}
