package dev.rundown.engine;

/** Why an exploration ended before covering every reachable state. */
public enum StopReason {
  MAX_STATES,
  TIME_LIMIT,
  MEMORY
}
