package dev.rundown.semantics;

/**
 * A read-only view of the transition being reported to a {@link TransitionSink}: valid only during the
 * call, since the interpreter reuses it (copy what you keep). Not thread-safe.
 */
public interface TransitionView {
  /** Index of the action in the model. */
  int action();

  /** Encoded argument values, one per parameter of the action (a buffer: read, do not keep or change). */
  int[] args();

  int choiceCount();

  /** Choice {@code i} in execution order: an either-branch index or a chosen value. */
  int choice(int i);

  int violatedCount();

  /** The violated property indices in {@code [0, violatedCount())} (a buffer: read, do not keep or change). */
  int[] violated();

  /**
   * The next state, or null when the step is ill-defined: the array being expanded, modified in place and
   * restored after the call (read it, do not keep or change it).
   */
  int[] next();

  /** Number of slot writes of the step (with repetitions); every slot where next differs is among them. */
  int writtenCount();

  /** The written slots in {@code [0, writtenCount())} (a buffer: read, do not keep or change). */
  int[] written();
}
