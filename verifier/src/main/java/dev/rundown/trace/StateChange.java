package dev.rundown.trace;

import dev.rundown.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One state slot that a step changed ({@code Handle1.state: Closing -> Closed}). Immutable; {@code before} is
 * null for a slot the previous state did not have.
 */
public record StateChange(String slot, Value before, Value after) {
  /** The slots whose value differs between two states, in the iteration order of {@code after}. */
  public static List<StateChange> between(Map<String, Value> before, Map<String, Value> after) {
    List<StateChange> changes = new ArrayList<>();
    after.forEach(
        (slot, value) -> {
          Value old = before.get(slot);
          if (!Objects.equals(old, value)) {
            changes.add(new StateChange(slot, old, value));
          }
        });
    return changes;
  }
}
