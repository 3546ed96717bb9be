package dev.rundown.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rundown.engine.Verdict;
import dev.rundown.trace.StateChange;
import dev.rundown.trace.Trace;
import dev.rundown.trace.TraceJson;
import dev.rundown.trace.TraceStep;
import dev.rundown.value.Value;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders a {@link RunReport} as pretty-printed JSON with keys in a fixed order:
 * {@code {"tool","version","models":[{"file","model","bounds","engine","symmetry","stats","stopped",
 * "crossCheck"?:{"engine","steps","target","stopped","everyState"},"properties":[{"name","kind","verdict","expected"?,"met","rules","trace"?}]}],"exit"}}. Values in traces: bool
 * and int as JSON bool and number, enum values and instances as strings, none as null. Immutable and thread-safe.
 */
public final class JsonPublisher {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final boolean timings;
  private final ObjectWriter writer;

  /** {@code timings}: fill {@code stats.seconds} (otherwise null, so the output is the same on every run). */
  public JsonPublisher(boolean timings) {
    this.timings = timings;
    this.writer = new ObjectMapper().writer(prettyPrinter());
  }

  /** A pretty printer that does not depend on the platform's line separator (the one trace.json uses). */
  static DefaultPrettyPrinter prettyPrinter() {
    return TraceJson.prettyPrinter();
  }

  public String publish(RunReport report) {
    return write(writer, toJson(report));
  }

  static String write(ObjectWriter writer, JsonNode node) {
    try {
      return writer.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report as a JSON tree. */
  public ObjectNode toJson(RunReport report) {
    ObjectNode root = NODES.objectNode();
    root.put("tool", RunReport.TOOL);
    root.put("version", report.version());
    ArrayNode models = root.putArray("models");
    report.models().forEach(m -> models.add(model(m)));
    root.put("exit", report.exit());
    return root;
  }

  private ObjectNode model(ModelReport model) {
    ObjectNode node = NODES.objectNode();
    node.put("file", model.file());
    node.put("model", model.model());
    ObjectNode bounds = node.putObject("bounds");
    model.bounds().counts().forEach(bounds::put);
    node.put("engine", model.engine());
    node.put("symmetry", model.symmetry());
    ObjectNode stats = node.putObject("stats");
    stats.put("states", model.stats().states());
    stats.put("transitions", model.stats().transitions());
    stats.put("depth", model.stats().depth());
    if (timings) {
      stats.put("seconds", model.stats().seconds());
    } else {
      stats.putNull("seconds");
    }
    if (model.stopped().isPresent()) {
      node.put("stopped", model.stopped().get().name());
    } else {
      node.putNull("stopped");
    }
    model.crossCheck().ifPresent(check -> {
      ObjectNode cross = node.putObject("crossCheck");
      cross.put("engine", check.engine());
      cross.put("steps", check.steps());
      cross.put("target", check.target());
      cross.put("stopped", check.stopped().map(Enum::name).orElse(null));
      cross.put("everyState", check.everyState());
    });
    ArrayNode properties = node.putArray("properties");
    model.properties().forEach(p -> properties.add(property(p)));
    return node;
  }

  private static ObjectNode property(PropertyReport property) {
    ObjectNode node = NODES.objectNode();
    node.put("name", property.name());
    node.put("kind", property.kind().name());
    node.put("verdict", property.verdict().name());
    property.expectedHolds().ifPresent(holds -> node.put("expected", holds ? "holds" : "violated"));
    node.put("met", property.met());
    ArrayNode rules = node.putArray("rules");
    property.rules().forEach(rules::add);
    if (property.verdict() == Verdict.VIOLATED && property.trace().isPresent()) {
      node.set("trace", trace(property.trace().get()));
    }
    return node;
  }

  private static ArrayNode trace(Trace trace) {
    ArrayNode steps = NODES.arrayNode();
    Map<String, Value> before = trace.initial();
    int number = 1;
    for (TraceStep step : trace.steps()) {
      ObjectNode node = steps.addObject();
      node.put("step", number++);
      node.put("actor", step.call().actor());
      node.put("action", step.call().action());
      ArrayNode args = node.putArray("args");
      step.call().args().forEach(a -> args.add(value(a)));
      node.put("label", step.label());
      ObjectNode changes = node.putObject("changes");
      StateChange.between(before, step.state()).forEach(c -> changes.set(c.slot(), value(c.after())));
      before = step.state();
    }
    return steps;
  }

  /** A value as JSON: bool and int natively, enum values and instances by their display name, none as null. */
  static JsonNode value(Value value) {
    if (value instanceof Value.BoolValue b) {
      return NODES.booleanNode(b.value());
    }
    if (value instanceof Value.IntValue i) {
      return NODES.numberNode(i.value());
    }
    if (value instanceof Value.NoneValue) {
      return NODES.nullNode();
    }
    return NODES.textNode(value.toString());
  }
}
