package dev.rundown.replay;

import java.util.List;
import java.util.Optional;

/**
 * One step a scenario asks for: an action name, its arguments in display form ({@code Stream1}, {@code 3},
 * {@code true}, {@code none}, {@code Freed}) and optionally the either/choose choices of the run (absent: the
 * binding's first run in interpreter order). Immutable; {@link #toString()} is the call, {@code Close(Handle1)}.
 */
public record ReplayStep(String action, List<String> args, Optional<List<Integer>> choices) {
  public ReplayStep {
    args = List.copyOf(args);
    choices = choices.map(List::copyOf);
  }

  @Override
  public String toString() {
    return action + "(" + String.join(", ", args) + ")";
  }
}
