package dev.rundown.pipeline;

import dev.rundown.engine.PropertyResult;
import dev.rundown.engine.Verdict;
import dev.rundown.ir.Expectation;
import java.util.Optional;

/**
 * A property's result and whether it is what the model's author meant: {@code met} is true when the verdict
 * equals the stated {@code expect}, or, with no {@code expect}, when the property holds. Immutable.
 */
public record PropertyOutcome(PropertyResult result, Optional<Expectation> expectation, boolean met) {
  public static PropertyOutcome of(PropertyResult result, Optional<Expectation> expectation) {
    Verdict wanted = expectation.map(e -> e.holds() ? Verdict.HOLDS : Verdict.VIOLATED).orElse(Verdict.HOLDS);
    return new PropertyOutcome(result, expectation, result.verdict() == wanted);
  }

  /** False when a budget ran out before the property was decided. */
  public boolean decided() {
    return result.verdict() != Verdict.INCONCLUSIVE;
  }
}
