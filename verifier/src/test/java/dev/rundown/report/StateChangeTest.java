package dev.rundown.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import dev.rundown.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateChangeTest {
  @Test
  void listsChangedSlotsInTheOrderOfTheNewState() {
    ImmutableMap<String, Value> before =
        ImmutableMap.of("b", Reports.IDLE, "a", new Value.IntValue(1), "c", Reports.NONE);
    ImmutableMap<String, Value> after =
        ImmutableMap.of("b", Reports.OPEN, "a", new Value.IntValue(1), "c", Reports.FILE2, "d", Reports.UNUSED);
    assertEquals(
        List.of(
            new StateChange("b", Reports.IDLE, Reports.OPEN),
            new StateChange("c", Reports.NONE, Reports.FILE2),
            new StateChange("d", null, Reports.UNUSED)),
        StateChange.between(before, after));
    assertEquals(List.of(), StateChange.between(after, after));
  }
}
