package dev.rundown.lower;

/**
 * The environment slots of one action or property: parameters first, then a fresh slot for every bound
 * variable. Mutable counter; one per action being lowered.
 */
final class Slots {
  private int next;

  Slots(int params) {
    this.next = params;
  }

  int fresh() {
    return next++;
  }

  /** The environment size needed so far. */
  int total() {
    return next;
  }
}
