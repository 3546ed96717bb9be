package dev.rundown.replay;

import dev.rundown.semantics.DivergenceReason;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a replay ended, at the first event: a property failed, a step was not enabled, the implementation
 * behind an adapter disagreed with the model or threw, or every step replayed cleanly. Immutable records with
 * structured fields (steps are 1-based; 0 is the initial state); {@link #describe()} is a readable sentence.
 */
public sealed interface ReplayResult {
  /** A readable account of the result, for failure messages and the command line. */
  String describe();

  /** Every step replayed and no property failed; {@code steps} is the number of steps. */
  record Completed(int steps) implements ReplayResult {
    @Override
    public String describe() {
      return "all " + steps + " step(s) replay and no property fails";
    }
  }

  /** A property that failed, with the rule ids it encodes. */
  record Failure(String property, List<String> rules) {
    public Failure {
      rules = List.copyOf(rules);
    }
  }

  /**
   * Properties failed at step {@code step} (after {@code call}; empty for the initial state) and none earlier;
   * {@code failures} in model order, never empty.
   */
  record Violated(int step, String call, List<Failure> failures) implements ReplayResult {
    public Violated {
      failures = List.copyOf(failures);
      if (failures.isEmpty()) {
        throw new IllegalArgumentException("a violation needs a failed property");
      }
    }

    /** The first failed property in model order. */
    public String property() {
      return failures.get(0).property();
    }

    /** The rule ids of {@link #property()}. */
    public List<String> rules() {
      return failures.get(0).rules();
    }

    public boolean violates(String property) {
      return failures.stream().anyMatch(f -> f.property().equals(property));
    }

    @Override
    public String describe() {
      String where = step == 0 ? "in the initial state" : "at step " + step + " (" + call + ")";
      return failures.stream()
          .map(f -> f.property() + (f.rules().isEmpty() ? "" : " [" + String.join(", ", f.rules()) + "]"))
          .collect(Collectors.joining(", ", "", " fails " + where));
    }
  }

  /**
   * Step {@code step}, {@code call}, is not enabled: why, a detail, the calls enabled there, and for
   * {@link DivergenceReason#NO_SUCH_CHOICES} the choices the binding can make.
   */
  record Diverged(int step, String call, DivergenceReason reason, String detail, List<String> enabled,
      List<List<Integer>> choices) implements ReplayResult {
    public Diverged {
      enabled = List.copyOf(enabled);
      choices = List.copyOf(choices);
    }

    @Override
    public String describe() {
      return "step " + step + ": " + call + " is not enabled (" + reason + ": " + detail + "); enabled: "
          + (enabled.isEmpty() ? "none" : String.join(", ", enabled));
    }
  }

  /**
   * After step {@code step} the implementation reported {@code actual} for {@code slot} where the model has
   * {@code expected} (empty: the model has no such slot).
   */
  record Mismatched(int step, String call, String slot, Optional<String> expected, String actual)
      implements ReplayResult {
    @Override
    public String describe() {
      String where = step == 0 ? "in the initial state" : "after step " + step + " (" + call + ")";
      return expected.isEmpty()
          ? where + " the implementation reports " + slot + ", which the model does not have"
          : where + " the implementation has " + slot + " = " + actual + ", the model " + expected.get();
    }
  }

  /** The implementation threw while performing or observing step {@code step}. */
  record ImplementationFailed(int step, String call, RuntimeException exception) implements ReplayResult {
    @Override
    public String describe() {
      return (step == 0 ? "observing the initial state" : "at step " + step + " (" + call + ")")
          + " the implementation threw " + exception;
    }
  }
}
