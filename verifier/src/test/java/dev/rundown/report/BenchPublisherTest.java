package dev.rundown.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rundown.engine.Stats;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchPublisherTest {
  private static BenchReport report() {
    return new BenchReport(
        "models/bench/handles.rundown",
        "Handles",
        "Handle",
        List.of(
            new BenchReport.Row(3, true, new Stats(2600, 10000, 20, 0.5, 0, 0), 64L << 20),
            new BenchReport.Row(3, false, new Stats(13824, 50000, 20, 2.0, 0, 0), 128L << 20)));
  }

  @Test
  void jsonHasOneRunPerRowWithDerivedRates() throws Exception {
    JsonNode root = new ObjectMapper().readTree(new BenchPublisher().json(report()));
    assertEquals("Handles", root.get("model").asText());
    JsonNode runs = root.get("runs");
    assertEquals(2, runs.size());
    assertEquals(3, runs.get(0).get("n").asInt());
    assertEquals(true, runs.get(0).get("symmetry").asBoolean());
    assertEquals(2600, runs.get(0).get("states").asLong());
    assertEquals(5200.0, runs.get(0).get("statesPerSecond").asDouble());
    assertEquals(6912.0, runs.get(1).get("statesPerSecond").asDouble());
    assertEquals(128.0, runs.get(1).get("peakHeapMiB").asDouble());
  }

  @Test
  void textHasAHeaderAndOneLinePerRow() {
    String[] lines = new BenchPublisher().text(report()).split("\n");
    assertEquals(4, lines.length);
    assertEquals(List.of("3", "off", "13,824", "50,000", "2.00", "6,912", "128.0"), List.of(lines[3].trim().split("\\s+")));
  }
}
