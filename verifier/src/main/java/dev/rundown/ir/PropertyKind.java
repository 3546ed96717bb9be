package dev.rundown.ir;

/** What a property checks and where. */
public enum PropertyKind {
  /** formula holds in every reachable state. */
  INVARIANT,
  /** an assert statement holds whenever its step runs (formula is null; the asserts reference the property). */
  ASSERT,
  /** formula holds in every reachable state with no enabled step. */
  AT_END,
  /** formula (the done condition) holds in every reachable state with no enabled step; else a hang. */
  HANG,
  /** built in: no step assigns out of range or reads through none (formula is null). */
  WELL_DEFINED
}
