package dev.rundown.replay;

import dev.rundown.trace.ActionCall;
import java.util.Map;

/**
 * Drives a user's own implementation of a model's actions (a Java simulation of a driver, or a harness) through
 * a scenario: {@link #perform} runs each step the model takes, then {@link #observe} reports the implementation's
 * view of some state slots, which the replay compares with the model's. Implement it directly, or write one
 * annotated method per action and {@link #bind} the object.
 */
public interface ActionAdapter {
  /** Performs one step on the implementation; {@code call} is the model's call with typed argument values. */
  void perform(ActionCall call);

  /**
   * The implementation's values of the state slots it can show, by the model's slot display name
   * ({@code Context1.life}, {@code inflight}, {@code PostCreate(Stream1).c}); each value is compared by its
   * {@code toString()} with the model's display value ({@code Freed}, {@code 3}, {@code true}, {@code none},
   * {@code Context1}). Asked in the initial state and after every step. Default: nothing.
   */
  default Map<String, ?> observe() {
    return Map.of();
  }

  /**
   * An adapter over {@code target}'s methods annotated {@link Performs} (one per action it implements, parameters
   * one per action argument of type {@code String} (display form), {@code int}/{@code Integer} (an int's value or
   * an instance's 0-based index), {@code boolean}/{@code Boolean} or {@code dev.rundown.value.Value}) and its
   * method annotated {@link Observes}, if any, returning a {@code Map<String, ?>}. A step whose action has no
   * method fails the replay. Bindings are checked here: {@link IllegalArgumentException} on a bad signature.
   */
  static ActionAdapter bind(Object target) {
    return ReflectiveAdapter.of(target);
  }
}
