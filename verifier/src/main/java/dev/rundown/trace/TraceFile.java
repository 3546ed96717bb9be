package dev.rundown.trace;

import com.google.common.collect.ImmutableSortedMap;
import java.util.List;

/**
 * A counterexample as written to {@code trace.json} and {@code trace.txt}: the trace and what it is a trace of
 * (the model's file as given to {@code verify}, its name, a hash of its sources, the bounds, the property with
 * its kind and rule ids). Immutable plain data; the kind is the name of an {@code ir.PropertyKind}.
 */
public record TraceFile(
    String modelPath,
    String modelName,
    String modelHash,
    ImmutableSortedMap<String, Integer> bounds,
    String property,
    String kind,
    List<String> rules,
    Trace trace) {
  public TraceFile {
    rules = List.copyOf(rules);
  }
}
