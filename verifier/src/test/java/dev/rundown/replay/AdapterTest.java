package dev.rundown.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;
import dev.rundown.trace.ActionCall;
import dev.rundown.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A scenario driven through an {@link ActionAdapter}: a tiny Java implementation of the handles benchmark model,
 * bound by annotations, whose observations are checked after every step.
 */
class AdapterTest {
  private static final Model HANDLES = CorpusModels.model("models/bench/handles-close-too-early.rundown");
  private static final Bounds THREE = CorpusModels.defaults(HANDLES);

  /** Open handles with a request count; {@code forgetsToCount} seeds a bug in send. */
  public static final class Handles {
    private final String[] state = {"Idle", "Idle", "Idle"};
    private int inflight;
    private final boolean forgetsToCount;
    final List<String> performed = new ArrayList<>();

    Handles(boolean forgetsToCount) {
      this.forgetsToCount = forgetsToCount;
    }

    @Performs("open")
    public void open(int h) {
      performed.add("open " + h);
      state[h] = "Open";
    }

    @Performs("send")
    public void send(Value handle) {
      performed.add("send " + handle);
      if (!forgetsToCount) {
        inflight++;
      }
    }

    @Performs("cleanup")
    public void cleanup(String handle) {
      performed.add("cleanup " + handle);
      state[Integer.parseInt(handle.substring("Handle".length())) - 1] = "Closing";
    }

    @Performs("close")
    public void close(int h) {
      if (!state[h].equals("Closing")) {
        throw new IllegalStateException("close of a handle that is " + state[h]);
      }
      state[h] = "Closed";
    }

    @Observes
    public Map<String, Object> observe() {
      Map<String, Object> seen = new LinkedHashMap<>();
      for (int h = 0; h < state.length; h++) {
        seen.put("Handle" + (h + 1) + ".state", state[h]);
      }
      seen.put("inflight", inflight);
      return seen;
    }
  }

  private static Replay scenario() {
    return Replay.of(HANDLES, THREE).step("open", "Handle1").step("send", "Handle1").step("cleanup", "Handle1")
        .step("close", "Handle1");
  }

  @Test
  void aFaithfulImplementationFollowsTheModelToTheViolation() {
    Handles impl = new Handles(false);
    scenario().against(ActionAdapter.bind(impl)).expect(Outcome.violates("ClosedHasNoOutstandingIo", 4));
    assertEquals(List.of("open 0", "send Handle1", "cleanup Handle1"), impl.performed);
  }

  @Test
  void aDifferenceInAnObservationIsReportedPrecisely() {
    ReplayResult result = scenario().against(ActionAdapter.bind(new Handles(true))).run();
    assertEquals(new ReplayResult.Mismatched(2, "send(Handle1)", "inflight", Optional.of("1"), "0"), result);
    ReplayFailure f = assertThrows(ReplayFailure.class,
        () -> scenario().against(ActionAdapter.bind(new Handles(true))).expect(Outcome.violates("ClosedHasNoOutstandingIo", 4)));
    assertInstanceOf(ReplayResult.Mismatched.class, f.actual());
  }

  @Test
  void anUnknownSlotAndAThrowingImplementationAreReported() {
    ActionAdapter unknownSlot = new ActionAdapter() {
      @Override
      public void perform(ActionCall call) {}

      @Override
      public Map<String, ?> observe() {
        return Map.of("Handle9.state", "Idle");
      }
    };
    assertEquals(new ReplayResult.Mismatched(0, "", "Handle9.state", Optional.empty(), "Idle"),
        scenario().against(unknownSlot).run());
    Handles impl = new Handles(false);
    ReplayResult.ImplementationFailed failed = assertInstanceOf(ReplayResult.ImplementationFailed.class,
        Replay.of(HANDLES, THREE).step("open", "Handle1").step("cleanup", "Handle1").step("close", "Handle1")
            .step("reset", "Handle1").against(ActionAdapter.bind(impl)).run());
    assertEquals(4, failed.step());
    assertInstanceOf(UnsupportedOperationException.class, failed.exception());
  }

  @Test
  void badBindingsAreRefusedUpFront() {
    Object twoObservers = new Object() {
      @Observes
      public Map<String, Object> a() {
        return Map.of();
      }

      @Observes
      public Map<String, Object> b() {
        return Map.of();
      }
    };
    assertThrows(IllegalArgumentException.class, () -> ActionAdapter.bind(twoObservers));
    Object badParameter = new Object() {
      @Performs("open")
      public void open(double h) {}
    };
    assertThrows(IllegalArgumentException.class, () -> ActionAdapter.bind(badParameter));
  }
}
