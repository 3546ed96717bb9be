package dev.rundown.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import dev.rundown.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateChangeTest {
  private static final Value IDLE = new Value.EnumValue("HandleState", "Idle");
  private static final Value OPEN = new Value.EnumValue("HandleState", "Open");
  private static final Value UNUSED = new Value.EnumValue("Slot", "Unused");
  private static final Value FILE2 = new Value.InstanceValue("File", 1);
  private static final Value NONE = new Value.NoneValue("File");

  @Test
  void listsChangedSlotsInTheOrderOfTheNewState() {
    ImmutableMap<String, Value> before =
        ImmutableMap.of("b", IDLE, "a", new Value.IntValue(1), "c", NONE);
    ImmutableMap<String, Value> after =
        ImmutableMap.of("b", OPEN, "a", new Value.IntValue(1), "c", FILE2, "d", UNUSED);
    assertEquals(
        List.of(
            new StateChange("b", IDLE, OPEN),
            new StateChange("c", NONE, FILE2),
            new StateChange("d", null, UNUSED)),
        StateChange.between(before, after));
    assertEquals(List.of(), StateChange.between(after, after));
  }
}
