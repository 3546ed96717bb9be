package rundown.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.rundown.fixture.ScenarioModel;
import dev.rundown.fixture.ScenarioModels;
import dev.rundown.replay.ActionAdapter;
import dev.rundown.replay.Outcome;
import dev.rundown.replay.Replay;
import dev.rundown.replay.ReplayFailure;
import dev.rundown.replay.ReplayResult;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The worked example of the adapter API: one scenario of {@code models/bench/handles.rundown} (a handle with
 * two requests in flight is cleaned up, both requests complete, the handle closes) replayed on the model and,
 * step by step, on {@link HandleTable}, whose state is compared with the model's after every step. The correct
 * table follows the model to the end; the buggy one is caught at the cleanup step, on the slot it got wrong.
 */
class HandleTableScenarioTest {
  private static Replay scenario() {
    ScenarioModel design = ScenarioModels.load("models/bench/handles.rundown");
    return Replay.of(design.model(), design.bounds("Handle=1"))
        .step("open", "Handle1")
        .step("send", "Handle1")
        .step("send", "Handle1")
        .step("cleanup", "Handle1") // both requests must now be cancel-requested
        .step("complete", "Handle1")
        .step("complete", "Handle1")
        .step("close", "Handle1");
  }

  private static ActionAdapter table(boolean cleanupCancelsAll) {
    return ActionAdapter.bind(new HandleTableAdapter(new HandleTable(1, cleanupCancelsAll)));
  }

  @Test
  void theCorrectTableFollowsTheModel() {
    scenario().against(table(true)).expect(Outcome.noViolation());
  }

  @Test
  void theScenarioCatchesTheCleanupBugAtTheStepAndSlotItBreaks() {
    ReplayResult result = scenario().against(table(false)).run();
    ReplayResult.Mismatched mismatch = assertInstanceOf(ReplayResult.Mismatched.class, result);
    assertEquals(4, mismatch.step());
    assertEquals("Handle1.s2", mismatch.slot());
    assertEquals(Optional.of("CancelRequested"), mismatch.expected());
    assertEquals("Pending", mismatch.actual());
  }

  @Test
  void expectingNoViolationFromTheBuggyTableFailsTheTest() {
    Executable replay = () -> scenario().against(table(false)).expect(Outcome.noViolation());
    ReplayFailure failure = org.junit.jupiter.api.Assertions.assertThrows(ReplayFailure.class, replay);
    assertInstanceOf(ReplayResult.Mismatched.class, failure.actual());
  }
}
