package dev.rundown.report;

import com.google.common.collect.ImmutableMap;
import dev.rundown.engine.CrossCheck;
import dev.rundown.engine.Stats;
import dev.rundown.engine.StopReason;
import dev.rundown.engine.Verdict;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.PropertyKind;
import dev.rundown.trace.ActionCall;
import dev.rundown.trace.Trace;
import dev.rundown.trace.TraceStep;
import dev.rundown.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-built run report for publisher tests: one clean model that Alloy confirmed part of the way, one with two
 * violations, one stopped early.
 */
final class Reports {
  private Reports() {}

  static final Value IDLE = new Value.EnumValue("HandleState", "Idle");
  static final Value OPEN = new Value.EnumValue("HandleState", "Open");
  static final Value CLOSING = new Value.EnumValue("HandleState", "Closing");
  static final Value CLOSED = new Value.EnumValue("HandleState", "Closed");
  static final Value UNUSED = new Value.EnumValue("Slot", "Unused");
  static final Value PENDING = new Value.EnumValue("Slot", "Pending");
  static final Value CANCEL = new Value.EnumValue("Slot", "CancelRequested");
  static final Value HANDLE1 = new Value.InstanceValue("Handle", 0);
  static final Value FILE2 = new Value.InstanceValue("File", 1);
  static final Value NONE = new Value.NoneValue("File");

  static RunReport sample() {
    return RunReport.of(List.of(clean(), violated(), stopped()), 3);
  }

  private static ModelReport clean() {
    return new ModelReport(
        "models/bench/handles.rundown",
        "Handles",
        Bounds.of(Map.of("Handle", 2)),
        "both",
        true,
        new Stats(300, 1014, 12, 0.25, 10L << 20, 0),
        Optional.empty(),
        List.of(
            property("ClosedHasNoOutstandingIo", PropertyKind.INVARIANT, Verdict.HOLDS, Optional.of(true), true,
                List.of("WDM-FILE-4"), Optional.empty()),
            property("NoHang", PropertyKind.HANG, Verdict.HOLDS, Optional.empty(), true, List.of(), Optional.empty()),
            property("WellDefined", PropertyKind.WELL_DEFINED, Verdict.HOLDS, Optional.empty(), true, List.of(),
                Optional.empty())),
        Optional.of(new CrossCheck("alloy", 9, 13, Optional.of(StopReason.TIME_LIMIT))));
  }

  private static ModelReport violated() {
    Map<String, Value> state = new LinkedHashMap<>();
    state.put("Handle1.state", IDLE);
    state.put("Handle1.s1", UNUSED);
    state.put("Handle1.owner", NONE);
    state.put("inflight", new Value.IntValue(0));
    state.put("unloading", new Value.BoolValue(false));
    ImmutableMap<String, Value> initial = ImmutableMap.copyOf(state);
    List<TraceStep> steps =
        List.of(
            step(state, "app", "open", List.of(HANDLE1), "", "models/x.rundown:20:1", "Handle1.state", OPEN),
            step(state, "app", "send", List.of(HANDLE1), "", "models/x.rundown:24:1",
                "Handle1.s1", PENDING, "inflight", new Value.IntValue(1), "Handle1.owner", FILE2),
            step(state, "driver", "Unload.2", List.of(new Value.BoolValue(true), new Value.IntValue(3)),
                "line 31: unloading := true", "models/x.rundown:31:3", "unloading", new Value.BoolValue(true)),
            step(state, "app", "cleanup", List.of(HANDLE1), "", "", "Handle1.state", CLOSING, "Handle1.s1", CANCEL),
            step(state, "app", "close", List.of(HANDLE1), "", "models/x.rundown:50:1", "Handle1.state", CLOSED));
    Trace invariant = new Trace("HandlesCloseTooEarly", "ClosedHasNoOutstandingIo", initial, steps);
    Trace empty = new Trace("HandlesCloseTooEarly", "WellDefined", initial, List.of());
    return new ModelReport(
        "models/bench/handles-close-too-early.rundown",
        "HandlesCloseTooEarly",
        Bounds.of(Map.of("Handle", 2, "File", 1)),
        "explicit",
        false,
        new Stats(576, 2000, 14, 0.5, 20L << 20, 0),
        Optional.empty(),
        List.of(
            property("ClosedHasNoOutstandingIo", PropertyKind.INVARIANT, Verdict.VIOLATED, Optional.of(false), true,
                List.of("WDM-FILE-4", "WDM-FILE-1"), Optional.of(invariant)),
            property("NoHang", PropertyKind.HANG, Verdict.HOLDS, Optional.of(false), false, List.of(),
                Optional.empty()),
            property("WellDefined", PropertyKind.WELL_DEFINED, Verdict.VIOLATED, Optional.empty(), false, List.of(),
                Optional.of(empty))));
  }

  private static ModelReport stopped() {
    return new ModelReport(
        "big.rundown",
        "Big",
        Bounds.of(Map.of()),
        "explicit",
        true,
        new Stats(1000, 5000, 7, 2.0, 30L << 20, 2),
        Optional.of(StopReason.MAX_STATES),
        List.of(
            property("Safe", PropertyKind.ASSERT, Verdict.INCONCLUSIVE, Optional.of(true), false, List.of("CAN-1"),
                Optional.empty()),
            property("Done", PropertyKind.AT_END, Verdict.INCONCLUSIVE, Optional.empty(), false, List.of(),
                Optional.empty())));
  }

  private static PropertyReport property(
      String name,
      PropertyKind kind,
      Verdict verdict,
      Optional<Boolean> expected,
      boolean met,
      List<String> rules,
      Optional<Trace> trace) {
    return new PropertyReport(name, kind, verdict, expected, met, rules, trace);
  }

  /** A step that sets the given slots (slot, value pairs) in {@code state}, which it updates. */
  private static TraceStep step(
      Map<String, Value> state, String actor, String action, List<Value> args, String label, String location,
      Object... changes) {
    for (int i = 0; i < changes.length; i += 2) {
      state.put((String) changes[i], (Value) changes[i + 1]);
    }
    return new TraceStep(new ActionCall(actor, action, args), List.of(), label, location, ImmutableMap.copyOf(state));
  }
}
