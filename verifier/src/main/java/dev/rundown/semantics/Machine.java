package dev.rundown.semantics;

import java.util.Arrays;

/**
 * The mutable registers compiled code runs on: the state being read and written, the environment, the
 * ill-definedness flag and, for a step, the choices and violations of the current path and fork snapshots.
 * Not thread-safe; one per evaluation context, reused for every evaluation (no allocation in steady state).
 */
final class Machine {
  /** The state reads and writes go to. */
  int[] s;

  final int[] env;
  /** Set by a read or write through an invalid index; the current path then ends as a WellDefined violation. */
  boolean bad;

  int[] choices = new int[8];
  int choiceCount;
  int[] violated = new int[8];
  int violatedCount;

  /** The step being run: action index, argument values, where transitions go, the WellDefined property. */
  int action;
  int[] args;
  TransitionSink sink;
  final int wellDefined;

  private int[][] savedStates = new int[4][];
  private int[][] savedEnvs = new int[4][];
  private int[] savedChoices = new int[4];
  private int[] savedViolations = new int[4];
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
    depth = 0;
  }

  void pushChoice(int c) {
    if (choiceCount == choices.length) {
      choices = Arrays.copyOf(choices, choiceCount * 2);
    }
    choices[choiceCount++] = c;
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
    sink.transition(action, args, choices, choiceCount, violated, violatedCount, s);
  }

  /** The current path read or wrote through an invalid index: a WellDefined violation with no successor. */
  void emitIllDefined() {
    pushViolation(wellDefined);
    sink.transition(action, args, choices, choiceCount, violated, violatedCount, null);
  }

  /** Saves state, environment, choices and violations before a fork; returns the snapshot's level. */
  int save() {
    int d = depth++;
    if (d == savedStates.length) {
      savedStates = Arrays.copyOf(savedStates, d * 2);
      savedEnvs = Arrays.copyOf(savedEnvs, d * 2);
      savedChoices = Arrays.copyOf(savedChoices, d * 2);
      savedViolations = Arrays.copyOf(savedViolations, d * 2);
    }
    if (savedStates[d] == null || savedStates[d].length != s.length) {
      savedStates[d] = new int[s.length];
      savedEnvs[d] = new int[env.length];
    }
    System.arraycopy(s, 0, savedStates[d], 0, s.length);
    System.arraycopy(env, 0, savedEnvs[d], 0, env.length);
    savedChoices[d] = choiceCount;
    savedViolations[d] = violatedCount;
    return d;
  }

  /** Puts back the snapshot of level {@code d} (the violations recorded before it are kept as they were). */
  void restore(int d) {
    System.arraycopy(savedStates[d], 0, s, 0, s.length);
    System.arraycopy(savedEnvs[d], 0, env, 0, env.length);
    choiceCount = savedChoices[d];
    violatedCount = savedViolations[d];
    bad = false;
  }

  /** Drops the snapshot of level {@code d}, the innermost. */
  void release(int d) {
    depth = d;
  }
}
