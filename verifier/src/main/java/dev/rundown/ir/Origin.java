package dev.rundown.ir;

/**
 * What source construct an IR action was lowered from, for traces and reports. Immutable.
 * For an ACTION, owner is the action's name and label is empty; for steps, owner is the routine or callback
 * and label says which statement ("line 14: call FltSetStreamContext(s, c)").
 */
public record Origin(OriginKind kind, String owner, String label) {
  public enum OriginKind {
    ACTION,
    ROUTINE_STEP,
    CALLBACK_STEP
  }
}
