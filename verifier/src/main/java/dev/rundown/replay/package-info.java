/**
 * The replay runtime of scenarios: {@link dev.rundown.replay.Replay} replays named steps on the IR interpreter
 * (through {@code semantics.Replayer}, the one definition of replay), optionally driving a user's implementation
 * through an {@link dev.rundown.replay.ActionAdapter}, and reports a typed {@link dev.rundown.replay.ReplayResult}
 * or checks an expected {@link dev.rundown.replay.Outcome}. Generated JUnit scenarios call only this package.
 *
 * <p>May depend on {@code ir}, {@code semantics}, {@code trace} and {@code value} (and Guava); never on
 * {@code pipeline}, {@code report}, {@code explore} or {@code cli}. Example: {@code ReplayTest}.
 */
package dev.rundown.replay;
