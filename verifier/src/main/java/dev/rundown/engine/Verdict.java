package dev.rundown.engine;

/** The outcome for one property. INCONCLUSIVE: a budget ran out before it was decided. */
public enum Verdict {
  HOLDS,
  VIOLATED,
  INCONCLUSIVE
}
