package dev.rundown.replay;

/**
 * What a scenario expects of its replay on the model. Immutable. {@code Violates(p, k)}: property {@code p}
 * fails at step {@code k} (0 is the initial state) for the first time (a reproducer; other properties may fail
 * earlier, since an engine's trace of one property can pass through violations of others).
 * {@code NoLongerPossible}: some step is not enabled. {@code NoViolation}: every step replays and no property
 * fails (both regression guards).
 */
public sealed interface Outcome {
  record Violates(String property, int step) implements Outcome {
    @Override
    public String toString() {
      return "VIOLATES " + property + " at step " + step;
    }
  }

  record NoLongerPossible() implements Outcome {
    @Override
    public String toString() {
      return "NO_LONGER_POSSIBLE";
    }
  }

  record NoViolation() implements Outcome {
    @Override
    public String toString() {
      return "NO_VIOLATION";
    }
  }

  static Outcome violates(String property, int step) {
    return new Violates(property, step);
  }

  static Outcome noLongerPossible() {
    return new NoLongerPossible();
  }

  static Outcome noViolation() {
    return new NoViolation();
  }

  /**
   * Whether {@code result} is this outcome. A replay whose implementation disagreed with the model
   * ({@link ReplayResult.Mismatched}, {@link ReplayResult.ImplementationFailed}) matches no outcome.
   */
  default boolean matches(ReplayResult result) {
    if (this instanceof Violates v) {
      return result instanceof ReplayResult.Violated r && r.step() == v.step() && r.violates(v.property());
    }
    if (this instanceof NoLongerPossible) {
      return result instanceof ReplayResult.Diverged;
    }
    return result instanceof ReplayResult.Completed;
  }
}
