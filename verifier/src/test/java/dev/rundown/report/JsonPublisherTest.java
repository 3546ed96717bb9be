package dev.rundown.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rundown.Golden;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPublisherTest {
  private static JsonNode parse(String json) throws Exception {
    return new ObjectMapper().readTree(json);
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void matchesTheGolden() {
    Golden.assertMatches("dev/rundown/report/sample.json", new JsonPublisher(false).publish(Reports.sample()));
  }

  @Test
  void keysComeInTheDocumentedOrder() throws Exception {
    JsonNode root = parse(new JsonPublisher(false).publish(Reports.sample()));
    assertEquals(List.of("tool", "version", "models", "exit"), keys(root));
    JsonNode model = root.get("models").get(1);
    assertEquals(
        List.of("file", "model", "bounds", "engine", "symmetry", "stats", "stopped", "properties"), keys(model));
    assertEquals(List.of("states", "transitions", "depth", "seconds"), keys(model.get("stats")));
    assertEquals(List.of("File", "Handle"), keys(model.get("bounds")));
    JsonNode violated = model.get("properties").get(0);
    assertEquals(List.of("name", "kind", "verdict", "expected", "met", "rules", "trace"), keys(violated));
    assertEquals(List.of("step", "actor", "action", "args", "label", "changes"), keys(violated.get("trace").get(0)));
    JsonNode unexpected = model.get("properties").get(2);
    assertEquals(List.of("name", "kind", "verdict", "met", "rules", "trace"), keys(unexpected));
  }

  @Test
  void fieldsCarryTheReport() throws Exception {
    JsonNode root = parse(new JsonPublisher(false).publish(Reports.sample()));
    assertEquals("rundown", root.get("tool").asText());
    assertEquals(RunReport.VERSION, root.get("version").asText());
    assertEquals(3, root.get("exit").asInt());
    assertEquals(3, root.get("models").size());

    JsonNode clean = root.get("models").get(0);
    assertEquals("models/bench/handles.rundown", clean.get("file").asText());
    assertEquals("Handles", clean.get("model").asText());
    assertEquals(2, clean.get("bounds").get("Handle").asInt());
    assertEquals("both", clean.get("engine").asText());
    assertTrue(clean.get("symmetry").asBoolean());
    assertEquals(300, clean.get("stats").get("states").asLong());
    assertEquals(1014, clean.get("stats").get("transitions").asLong());
    assertEquals(12, clean.get("stats").get("depth").asInt());
    assertTrue(clean.get("stats").get("seconds").isNull());
    assertTrue(clean.get("stopped").isNull());
    JsonNode cross = clean.get("crossCheck");
    assertEquals("alloy", cross.get("engine").asText());
    assertEquals(9, cross.get("steps").asInt());
    assertEquals(13, cross.get("target").asInt());
    assertEquals("TIME_LIMIT", cross.get("stopped").asText());
    assertFalse(root.get("models").get(1).has("crossCheck"));
    JsonNode holds = clean.get("properties").get(0);
    assertEquals("INVARIANT", holds.get("kind").asText());
    assertEquals("HOLDS", holds.get("verdict").asText());
    assertEquals("holds", holds.get("expected").asText());
    assertTrue(holds.get("met").asBoolean());
    assertEquals("WDM-FILE-4", holds.get("rules").get(0).asText());
    assertFalse(holds.has("trace"));
    assertFalse(clean.get("properties").get(1).has("expected"));

    JsonNode stopped = root.get("models").get(2);
    assertEquals("MAX_STATES", stopped.get("stopped").asText());
    assertEquals("INCONCLUSIVE", stopped.get("properties").get(0).get("verdict").asText());
    assertFalse(stopped.get("properties").get(0).get("met").asBoolean());
  }

  @Test
  void traceStepsListTheirChangesWithTypedValues() throws Exception {
    JsonNode root = parse(new JsonPublisher(false).publish(Reports.sample()));
    JsonNode violated = root.get("models").get(1).get("properties").get(0);
    assertEquals("violated", violated.get("expected").asText());
    assertTrue(violated.get("met").asBoolean());
    JsonNode trace = violated.get("trace");
    assertEquals(5, trace.size());

    JsonNode send = trace.get(1);
    assertEquals(2, send.get("step").asInt());
    assertEquals("app", send.get("actor").asText());
    assertEquals("send", send.get("action").asText());
    assertEquals("Handle1", send.get("args").get(0).asText());
    assertEquals("", send.get("label").asText());
    JsonNode changes = send.get("changes");
    assertEquals(List.of("Handle1.s1", "Handle1.owner", "inflight"), keys(changes));
    assertEquals("Pending", changes.get("Handle1.s1").asText());
    assertEquals("File2", changes.get("Handle1.owner").asText());
    assertTrue(changes.get("inflight").isInt());
    assertEquals(1, changes.get("inflight").asInt());

    JsonNode unload = trace.get(2);
    assertEquals("Unload.2", unload.get("action").asText());
    assertTrue(unload.get("args").get(0).isBoolean());
    assertTrue(unload.get("args").get(1).isInt());
    assertEquals("line 31: unloading := true", unload.get("label").asText());
    assertTrue(unload.get("changes").get("unloading").isBoolean());

    JsonNode empty = root.get("models").get(1).get("properties").get(2).get("trace");
    assertEquals(0, empty.size());
  }

  @Test
  void noneIsNullAndTimingsFillSeconds() throws Exception {
    assertTrue(JsonPublisher.value(Reports.NONE).isNull());
    JsonNode timed = parse(new JsonPublisher(true).publish(Reports.sample()));
    assertEquals(0.25, timed.get("models").get(0).get("stats").get("seconds").asDouble());
  }
}
