package dev.rundown.semantics;

/**
 * The outcome of replaying a trace: valid, or the first divergence with its step (1-based; 0 for the initial
 * state, {@code steps + 1} for the final property check) and a readable description. Immutable.
 */
public record TraceValidation(boolean valid, int step, String problem) {
  public static TraceValidation ok() {
    return new TraceValidation(true, -1, "");
  }

  public static TraceValidation divergence(int step, String problem) {
    return new TraceValidation(false, step, problem);
  }

  @Override
  public String toString() {
    return valid ? "valid" : problem;
  }
}
