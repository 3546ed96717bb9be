package dev.rundown.semantics;

import com.google.common.primitives.ImmutableIntArray;
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
}
