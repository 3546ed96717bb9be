package dev.rundown.semantics;

import java.util.List;

/**
 * What {@link Replayer#step} made of one requested step: the transition it takes, or why it cannot be taken
 * with the calls enabled in that state. Immutable.
 */
public sealed interface StepOutcome {
  /** The step is the enabled transition {@code transition}. */
  record Taken(Transition transition) implements StepOutcome {}

  /**
   * The step is not enabled: the reason, a readable detail, the distinct calls that are enabled in that state
   * (interpreter order) and, for {@link DivergenceReason#NO_SUCH_CHOICES}, the choices the binding can make.
   */
  record Rejected(DivergenceReason reason, String detail, List<String> enabled, List<List<Integer>> choices)
      implements StepOutcome {
    public Rejected {
      enabled = List.copyOf(enabled);
      choices = List.copyOf(choices);
    }
  }
}
