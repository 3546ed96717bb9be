package dev.rundown.scenario;

/**
 * What a generated scenario expects when its steps are replayed: a reproducer expects the violation of
 * {@code property} at {@code step} (0 for the initial state); a regression guard expects that the steps are no
 * longer possible, or that they run and violate nothing. Immutable; property is empty and step 0 for guards.
 */
public record ScenarioOutcome(Kind kind, String property, int step) {
  /** The three expectations of the replay API. */
  public enum Kind {
    VIOLATES,
    NO_LONGER_POSSIBLE,
    NO_VIOLATION
  }

  public ScenarioOutcome {
    if (kind != Kind.VIOLATES && (!property.isEmpty() || step != 0)) {
      throw new IllegalArgumentException("only VIOLATES names a property and a step");
    }
  }

  public static ScenarioOutcome violates(String property, int step) {
    return new ScenarioOutcome(Kind.VIOLATES, property, step);
  }

  public static ScenarioOutcome noLongerPossible() {
    return new ScenarioOutcome(Kind.NO_LONGER_POSSIBLE, "", 0);
  }

  public static ScenarioOutcome noViolation() {
    return new ScenarioOutcome(Kind.NO_VIOLATION, "", 0);
  }

  public boolean isReproducer() {
    return kind == Kind.VIOLATES;
  }

  /** The Java expression of the replay API for this outcome. */
  String javaExpression() {
    if (kind == Kind.VIOLATES) {
      return "Outcome.violates(" + JavaText.literal(property) + ", " + step + ")";
    }
    return kind == Kind.NO_LONGER_POSSIBLE ? "Outcome.noLongerPossible()" : "Outcome.noViolation()";
  }

  @Override
  public String toString() {
    if (kind == Kind.VIOLATES) {
      return "violates " + property + " at step " + step;
    }
    return kind == Kind.NO_LONGER_POSSIBLE ? "no longer possible" : "no violation";
  }
}
