package dev.rundown.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rundown.models.MutationPoints.Point;
import dev.rundown.source.SourceFile;
import dev.rundown.syntax.Parser;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The mutation points of a small rule model: which conditions are found, their lines, and that mutants parse. */
class MutationPointsTest {
  private static final String MODEL =
      String.join(
          "\n",
          "model M",
          "actors a",
          "var x: 0..3 = 0",
          "var b: bool",
          "action a Inc when x < 3 do x += 1",
          "action a Flip when true do b := not b",
          "api Op() rule CAN-1",
          "  assert (x > 0) as Positive",
          "  either when b { x := 0 } or { skip }",
          "routine a R {",
          "  await x == 3",
          "  if b { assert not b as NotB }",
          "  call Op()",
          "}",
          "invariant Small: x <= 3",
          "at end Reset: x == 0 or b",
          "done Finished: x == 3",
          "");

  @Test
  void findsEveryConditionInSourceOrderExceptLiteralTrue() {
    List<Point> points = MutationPoints.of("m.rundown", MODEL);
    assertEquals(
        List.of(
            "m.rundown:5 when", "m.rundown:8 assert", "m.rundown:9 either-when", "m.rundown:11 await",
            "m.rundown:12 assert", "m.rundown:15 invariant", "m.rundown:16 at-end", "m.rundown:17 done"),
        points.stream().map(Point::key).collect(Collectors.toList()));
    assertEquals(
        Arrays.asList(null, "Positive", null, null, "NotB", "Small", "Reset", "Finished"),
        points.stream().map(Point::property).collect(Collectors.toList()),
        "the property a condition belongs to (none for guards and awaits)");
  }

  @Test
  void everyMutantParsesAndReplacesExactlyItsCondition() {
    for (Point point : MutationPoints.of("m.rundown", MODEL)) {
      String mutated = point.mutate(MODEL);
      assertFalse(Parser.parse(new SourceFile("m.rundown", mutated)).hasErrors(), point.key());
      assertEquals(MODEL.length() - (point.end() - point.start()) + 4, mutated.length(), point.key());
    }
    Point invariant = MutationPoints.of("m.rundown", MODEL).get(5);
    assertEquals("invariant Small: true", invariant.mutate(MODEL).split("\n")[14]);
  }
}
