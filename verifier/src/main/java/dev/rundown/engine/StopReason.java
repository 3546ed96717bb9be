package dev.rundown.engine;

/**
 * Why a run ended before covering every reachable state (explicit engine) or the steps asked (Alloy engine).
 * CAPACITY: the Alloy model needs more tuples than Kodkod can number (universe size ^ arity at least 2^31).
 */
public enum StopReason {
  MAX_STATES,
  TIME_LIMIT,
  MEMORY,
  CAPACITY
}
