package dev.rundown.scenario;

import java.util.List;

/**
 * One step of a scenario: the IR action, its arguments in display form ({@code Stream1}, {@code 3},
 * {@code none}), the either/choose choices it made, and the comment lines shown above it (label and state
 * change). Immutable.
 */
public record ScenarioStep(List<Integer> choices, String action, List<String> args, List<String> comment) {
  public ScenarioStep {
    choices = List.copyOf(choices);
    args = List.copyOf(args);
    comment = List.copyOf(comment);
  }
}
