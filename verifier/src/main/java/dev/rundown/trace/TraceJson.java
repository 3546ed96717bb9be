package dev.rundown.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.rundown.value.Value;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code trace.json} codec, schema {@value #SCHEMA} (documented in the README): {@link #write} gives
 * pretty-printed JSON with keys in a fixed order, so the same trace gives the same bytes; {@link #read} parses
 * it back and reports the first problem with its file, JSON path and cause. Values: bool and int natively,
 * {@code {"#enum": "Freed", "type": "Life"}}, {@code {"#instance": "Context", "index": 0}} (0-based; displayed
 * {@code Context1}), {@code {"#none": "Context"}}. Stateless and thread-safe.
 */
public final class TraceJson {
  public static final String SCHEMA = "rundown-trace/1";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TraceJson() {}

  /** A pretty printer that does not depend on the platform's line separator. */
  public static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(separators);
    printer.indentArraysWith(indenter);
    printer.indentObjectsWith(indenter);
    return printer;
  }

  public static String write(TraceFile file) {
    ObjectNode root = NODES.objectNode();
    root.put("schema", SCHEMA);
    ObjectNode model = root.putObject("model");
    model.put("path", file.modelPath());
    model.put("name", file.modelName());
    model.put("hash", file.modelHash());
    ObjectNode bounds = root.putObject("bounds");
    file.bounds().forEach(bounds::put);
    ObjectNode property = root.putObject("property");
    property.put("name", file.property());
    property.put("kind", file.kind());
    ArrayNode rules = property.putArray("rules");
    file.rules().forEach(rules::add);
    Trace trace = file.trace();
    root.put("length", trace.length());
    root.set("initial", state(trace.initial()));
    ArrayNode steps = root.putArray("steps");
    int n = 1;
    for (TraceStep step : trace.steps()) {
      ObjectNode s = steps.addObject();
      s.put("step", n++);
      s.put("actor", step.call().actor());
      s.put("action", step.call().action());
      ArrayNode args = s.putArray("args");
      step.call().args().forEach(a -> args.add(value(a)));
      ArrayNode choices = s.putArray("choices");
      step.choices().forEach(choices::add);
      s.put("label", step.label());
      s.put("location", step.location());
      s.set("state", state(step.state()));
    }
    try {
      return MAPPER.writer(prettyPrinter()).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode state(Map<String, Value> state) {
    ObjectNode node = NODES.objectNode();
    state.forEach((slot, v) -> node.set(slot, value(v)));
    return node;
  }

  static JsonNode value(Value value) {
    if (value instanceof Value.BoolValue b) {
      return NODES.booleanNode(b.value());
    }
    if (value instanceof Value.IntValue i) {
      return NODES.numberNode(i.value());
    }
    ObjectNode node = NODES.objectNode();
    if (value instanceof Value.EnumValue e) {
      node.put("#enum", e.name());
      node.put("type", e.type());
    } else if (value instanceof Value.InstanceValue i) {
      node.put("#instance", i.kind());
      node.put("index", i.index());
    } else {
      node.put("#none", ((Value.NoneValue) value).kind());
    }
    return node;
  }

  /** Parses {@code text}, the contents of {@code file} (named in errors). */
  public static TraceFile read(String text, String file) throws TraceFormatException {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      String where = at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new TraceFormatException(file, where, "not valid JSON: " + e.getOriginalMessage());
    }
    return new Reader(file).file(root);
  }

  /** Reads one document, naming the file in each error. */
  private static final class Reader {
    private final String file;

    Reader(String file) {
      this.file = file;
    }

    TraceFile file(JsonNode root) throws TraceFormatException {
      object(root, "$");
      String schema = text(root, "$", "schema");
      if (!schema.equals(SCHEMA)) {
        throw error("$.schema", "schema " + schema + " is not " + SCHEMA);
      }
      JsonNode model = field(root, "$", "model");
      object(model, "$.model");
      JsonNode bounds = field(root, "$", "bounds");
      object(bounds, "$.bounds");
      ImmutableSortedMap.Builder<String, Integer> counts = ImmutableSortedMap.naturalOrder();
      for (var it = bounds.fields(); it.hasNext(); ) {
        var e = it.next();
        if (!e.getValue().isInt() || e.getValue().intValue() < 1) {
          throw error("$.bounds." + e.getKey(), "a bound must be a positive integer");
        }
        counts.put(e.getKey(), e.getValue().intValue());
      }
      JsonNode property = field(root, "$", "property");
      object(property, "$.property");
      List<String> rules = new ArrayList<>();
      JsonNode ruleList = array(field(property, "$.property", "rules"), "$.property.rules");
      for (int i = 0; i < ruleList.size(); i++) {
        rules.add(string(ruleList.get(i), "$.property.rules[" + i + "]"));
      }
      String propertyName = text(property, "$.property", "name");
      String modelName = text(model, "$.model", "name");
      ImmutableMap<String, Value> initial = state(field(root, "$", "initial"), "$.initial");
      JsonNode steps = array(field(root, "$", "steps"), "$.steps");
      List<TraceStep> list = new ArrayList<>();
      for (int i = 0; i < steps.size(); i++) {
        list.add(step(steps.get(i), "$.steps[" + i + "]", i + 1));
      }
      JsonNode length = field(root, "$", "length");
      if (!length.isInt() || length.intValue() != list.size()) {
        throw error("$.length", "length " + length + " does not match the " + list.size() + " step(s)");
      }
      return new TraceFile(text(model, "$.model", "path"), modelName, text(model, "$.model", "hash"), counts.build(),
          propertyName, text(property, "$.property", "kind"), rules,
          new Trace(modelName, propertyName, initial, list));
    }

    private TraceStep step(JsonNode node, String path, int number) throws TraceFormatException {
      object(node, path);
      JsonNode n = field(node, path, "step");
      if (!n.isInt() || n.intValue() != number) {
        throw error(path + ".step", "expected step number " + number + ", found " + n);
      }
      JsonNode args = array(field(node, path, "args"), path + ".args");
      List<Value> values = new ArrayList<>();
      for (int i = 0; i < args.size(); i++) {
        values.add(value(args.get(i), path + ".args[" + i + "]"));
      }
      JsonNode choices = array(field(node, path, "choices"), path + ".choices");
      List<Integer> picks = new ArrayList<>();
      for (int i = 0; i < choices.size(); i++) {
        if (!choices.get(i).isInt()) {
          throw error(path + ".choices[" + i + "]", "a choice must be an integer");
        }
        picks.add(choices.get(i).intValue());
      }
      ActionCall call = new ActionCall(text(node, path, "actor"), text(node, path, "action"), values);
      return new TraceStep(call, picks, text(node, path, "label"), text(node, path, "location"),
          state(field(node, path, "state"), path + ".state"));
    }

    private ImmutableMap<String, Value> state(JsonNode node, String path) throws TraceFormatException {
      object(node, path);
      ImmutableMap.Builder<String, Value> b = ImmutableMap.builder();
      for (var it = node.fields(); it.hasNext(); ) {
        var e = it.next();
        b.put(e.getKey(), value(e.getValue(), path + "." + e.getKey()));
      }
      return b.buildOrThrow();
    }

    private Value value(JsonNode node, String path) throws TraceFormatException {
      if (node.isBoolean()) {
        return new Value.BoolValue(node.booleanValue());
      }
      if (node.isInt()) {
        return new Value.IntValue(node.intValue());
      }
      if (node.isObject() && node.has("#enum")) {
        return new Value.EnumValue(text(node, path, "type"), text(node, path, "#enum"));
      }
      if (node.isObject() && node.has("#instance")) {
        JsonNode index = field(node, path, "index");
        if (!index.isInt() || index.intValue() < 0) {
          throw error(path + ".index", "an instance index must be a non-negative integer");
        }
        return new Value.InstanceValue(text(node, path, "#instance"), index.intValue());
      }
      if (node.isObject() && node.has("#none")) {
        return new Value.NoneValue(text(node, path, "#none"));
      }
      throw error(path, "not a value (a boolean, an integer, or an object tagged #enum, #instance or #none): " + node);
    }

    private JsonNode field(JsonNode node, String path, String name) throws TraceFormatException {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        throw error(path, "missing \"" + name + "\"");
      }
      return v;
    }

    private String text(JsonNode node, String path, String name) throws TraceFormatException {
      return string(field(node, path, name), path + "." + name);
    }

    private String string(JsonNode node, String path) throws TraceFormatException {
      if (!node.isTextual()) {
        throw error(path, "expected a string, found " + node);
      }
      return node.textValue();
    }

    private void object(JsonNode node, String path) throws TraceFormatException {
      if (!node.isObject()) {
        throw error(path, "expected an object, found " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
      }
    }

    private JsonNode array(JsonNode node, String path) throws TraceFormatException {
      if (!node.isArray()) {
        throw error(path, "expected an array, found " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
      }
      return node;
    }

    private TraceFormatException error(String path, String problem) {
      return new TraceFormatException(file, path, problem);
    }
  }
}
