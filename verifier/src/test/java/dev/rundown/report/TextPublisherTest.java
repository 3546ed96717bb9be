package dev.rundown.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.rundown.Golden;
import org.junit.jupiter.api.Test;

class TextPublisherTest {
  @Test
  void matchesTheGolden() {
    Golden.assertMatches("dev/rundown/report/sample.txt", new TextPublisher(false).publish(Reports.sample()));
  }

  @Test
  void isDeterministicWithoutTimingsAndVariesWithThem() {
    RunReport report = Reports.sample();
    assertEquals(new TextPublisher(false).publish(report), new TextPublisher(false).publish(Reports.sample()));
    assertNotEquals(new TextPublisher(false).publish(report), new TextPublisher(true).publish(report));
  }
}
