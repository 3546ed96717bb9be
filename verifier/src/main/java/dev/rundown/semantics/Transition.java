package dev.rundown.semantics;

import com.google.common.primitives.ImmutableIntArray;
import java.util.Arrays;
import java.util.Optional;

/**
 * One transition of a state: the action index, its encoded argument values, the choices made (either-branch
 * indices and chosen values, in execution order), the violated property indices, and the next state, absent
 * when the step is ill-defined. Immutable value.
 */
public record Transition(
    int action,
    ImmutableIntArray args,
    ImmutableIntArray choices,
    ImmutableIntArray violated,
    Optional<ImmutableIntArray> next) {
  public boolean violates(int property) {
    return violated.contains(property);
  }

  /** A copy of the transition a view shows. */
  public static Transition of(TransitionView t) {
    int[] choices = new int[t.choiceCount()];
    for (int i = 0; i < choices.length; i++) {
      choices[i] = t.choice(i);
    }
    int[] violated = Arrays.copyOf(t.violated(), t.violatedCount());
    return new Transition(t.action(), ImmutableIntArray.copyOf(t.args()), ImmutableIntArray.copyOf(choices),
        ImmutableIntArray.copyOf(violated),
        t.next() == null ? Optional.empty() : Optional.of(ImmutableIntArray.copyOf(t.next())));
  }
}
