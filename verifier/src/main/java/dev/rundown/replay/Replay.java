package dev.rundown.replay;

import dev.rundown.ir.Bounds;
import dev.rundown.ir.Kind;
import dev.rundown.ir.Model;
import dev.rundown.semantics.Interpreter;
import dev.rundown.semantics.Replayer;
import dev.rundown.semantics.StepOutcome;
import dev.rundown.semantics.Transition;
import dev.rundown.trace.ActionCall;
import dev.rundown.trace.Trace;
import dev.rundown.trace.TraceStep;
import dev.rundown.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A scenario: steps replayed from a model's initial state on the IR interpreter, optionally also driven through
 * an {@link ActionAdapter}, with every property checked at every step as the explorer checks it. An immutable
 * builder ({@link #step} returns a new Replay); {@link #run()} replays afresh each time and never throws for a
 * model reason. Step semantics, including which run a step without choices takes, are those of
 * {@link Replayer}.
 */
public final class Replay {
  private final Model model;
  private final Bounds bounds;
  private final List<ReplayStep> steps;
  private final Optional<ActionAdapter> adapter;

  private Replay(Model model, Bounds bounds, List<ReplayStep> steps, Optional<ActionAdapter> adapter) {
    this.model = model;
    this.bounds = bounds;
    this.steps = List.copyOf(steps);
    this.adapter = adapter;
  }

  /**
   * An empty scenario of {@code model} at {@code bounds}; {@link IllegalArgumentException} when the bounds miss a
   * kind of the model.
   */
  public static Replay of(Model model, Bounds bounds) {
    for (Kind k : model.kinds()) {
      if (!bounds.counts().containsKey(k.name())) {
        throw new IllegalArgumentException("the bounds " + bounds.counts() + " have no count for kind " + k.name());
      }
    }
    return new Replay(model, bounds, List.of(), Optional.empty());
  }

  /** Every step of {@code trace}, with its recorded choices (the recorded states are not compared). */
  public static Replay of(Model model, Bounds bounds, Trace trace) {
    Replay replay = of(model, bounds);
    for (TraceStep s : trace.steps()) {
      replay = replay.step(s.choices(), s.call().action(), s.call().displayArgs().toArray(String[]::new));
    }
    return replay;
  }

  /** This scenario and then {@code action(args)}, arguments in display form, taking the binding's first run. */
  public Replay step(String action, String... args) {
    return with(new ReplayStep(action, Arrays.asList(args), Optional.empty()));
  }

  /** This scenario and then {@code action(args)} making the either/choose {@code choices} (TraceStep.choices). */
  public Replay step(List<Integer> choices, String action, String... args) {
    return with(new ReplayStep(action, Arrays.asList(args), Optional.of(choices)));
  }

  /**
   * The same scenario, also performed on {@code adapter}'s implementation and checked against its observations.
   * Each {@link #run()} performs the steps on the adapter again, so give a stateful implementation afresh per run.
   */
  public Replay against(ActionAdapter adapter) {
    return new Replay(model, bounds, steps, Optional.of(adapter));
  }

  public Model model() {
    return model;
  }

  public Bounds bounds() {
    return bounds;
  }

  public List<ReplayStep> steps() {
    return steps;
  }

  /** Replays the scenario from the initial state and returns the first event (see {@link ReplayResult}). */
  public ReplayResult run() {
    return replay(null);
  }

  /**
   * As {@link #run()}, but failures of properties other than {@code property} do not end the replay (an engine's
   * trace of one property may pass through violations of others): the result is a {@link ReplayResult.Violated}
   * at the first step where {@code property} fails (listing every property failing there), or how the replay
   * ended otherwise. An ill-defined step still ends it, since no state follows.
   */
  public ReplayResult runUntil(String property) {
    if (model.propertyIndex(property) < 0) {
      throw new IllegalArgumentException("no property " + property + " in model " + model.name());
    }
    return replay(property);
  }

  private ReplayResult replay(String focus) {
    Interpreter interpreter = Interpreter.compile(model, bounds);
    Replayer cursor = Replayer.start(interpreter);
    ReplayResult early = check(cursor, "", focus);
    if (early != null) {
      return early;
    }
    for (ReplayStep step : steps) {
      int n = cursor.step() + 1;
      StepOutcome outcome = cursor.advance(step.action(), step.args(), step.choices());
      if (outcome instanceof StepOutcome.Rejected r) {
        return new ReplayResult.Diverged(n, step.toString(), r.reason(), r.detail(), r.enabled(), r.choices());
      }
      Transition t = ((StepOutcome.Taken) outcome).transition();
      ActionCall call = interpreter.call(t.action(), t.args().toArray());
      if (adapter.isPresent()) {
        try {
          adapter.get().perform(call);
        } catch (RuntimeException e) {
          return new ReplayResult.ImplementationFailed(n, call.toString(), e);
        }
      }
      ReplayResult result = check(cursor, call.toString(), focus);
      if (result != null) {
        return result;
      }
    }
    return new ReplayResult.Completed(steps.size());
  }

  /**
   * Runs the scenario and throws {@link ReplayFailure} unless it ends as {@code expected}: a {@link
   * Outcome.Violates} of a property of the model is replayed with {@link #runUntil}, any other with {@link #run()}.
   */
  public void expect(Outcome expected) {
    ReplayResult result = expected instanceof Outcome.Violates v && model.propertyIndex(v.property()) >= 0
        ? runUntil(v.property())
        : run();
    if (!expected.matches(result)) {
      throw new ReplayFailure(expected, result);
    }
  }

  /**
   * The adapter's observations against the model (unless stuck), then the properties at the cursor: any failure
   * when {@code focus} is null, else a failure of {@code focus} or a stuck cursor.
   */
  private ReplayResult check(Replayer cursor, String call, String focus) {
    if (adapter.isPresent() && !cursor.stuck()) {
      ReplayResult mismatch = compare(cursor, call);
      if (mismatch != null) {
        return mismatch;
      }
    }
    List<Integer> failed = cursor.violations();
    boolean ends = focus == null ? !failed.isEmpty() : failed.contains(model.propertyIndex(focus)) || cursor.stuck();
    if (!ends) {
      return null;
    }
    List<ReplayResult.Failure> failures = new ArrayList<>();
    for (int p : failed) {
      failures.add(new ReplayResult.Failure(model.properties().get(p).name(), model.properties().get(p).rules()));
    }
    return new ReplayResult.Violated(cursor.step(), call, failures);
  }

  private ReplayResult compare(Replayer cursor, String call) {
    Map<String, ?> observed;
    try {
      observed = adapter.get().observe();
    } catch (RuntimeException e) {
      return new ReplayResult.ImplementationFailed(cursor.step(), call, e);
    }
    Map<String, Value> state = cursor.values();
    for (String slot : new TreeSet<>(observed.keySet())) {
      String actual = String.valueOf(observed.get(slot));
      Value expected = state.get(slot);
      if (expected == null || !expected.toString().equals(actual)) {
        return new ReplayResult.Mismatched(
            cursor.step(), call, slot, Optional.ofNullable(expected).map(Value::toString), actual);
      }
    }
    return null;
  }

  private Replay with(ReplayStep step) {
    List<ReplayStep> more = new ArrayList<>(steps);
    more.add(step);
    return new Replay(model, bounds, more, adapter);
  }
}
