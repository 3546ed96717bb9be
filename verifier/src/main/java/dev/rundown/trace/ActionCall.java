package dev.rundown.trace;

import dev.rundown.value.Value;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One action taken: who took it, which action (an IR action name such as {@code send} or {@code PostCreate.3})
 * and its argument values. Immutable; {@link #toString()} is {@code send(Handle1)}.
 */
public record ActionCall(String actor, String action, List<Value> args) {
  public ActionCall {
    args = List.copyOf(args);
  }

  /** The arguments in display form ({@code Handle1}, {@code 3}, {@code none}), as a replay names them. */
  public List<String> displayArgs() {
    return args.stream().map(Value::toString).collect(Collectors.toList());
  }

  @Override
  public String toString() {
    return action + args.stream().map(Value::toString).collect(Collectors.joining(", ", "(", ")"));
  }
}
