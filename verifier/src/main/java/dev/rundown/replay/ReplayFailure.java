package dev.rundown.replay;

/**
 * A scenario's replay did not end as it expected: carries the expected outcome and the actual result, so a
 * test can inspect both; the message says what was expected and what happened instead, step and call included.
 */
public final class ReplayFailure extends AssertionError {
  private static final long serialVersionUID = 1L;

  private final transient Outcome expected;
  private final transient ReplayResult actual;

  public ReplayFailure(Outcome expected, ReplayResult actual) {
    super("expected " + expected + ", but " + actual.describe(),
        actual instanceof ReplayResult.ImplementationFailed f ? f.exception() : null);
    this.expected = expected;
    this.actual = actual;
  }

  public Outcome expected() {
    return expected;
  }

  public ReplayResult actual() {
    return actual;
  }
}
