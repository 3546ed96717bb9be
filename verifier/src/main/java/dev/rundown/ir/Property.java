package dev.rundown.ir;

import dev.rundown.source.Span;
import java.util.List;

/** A named property with the rule ids it encodes. Immutable; {@code formula} is null for ASSERT and WELL_DEFINED. */
public record Property(String name, PropertyKind kind, Expr formula, int slots, List<String> rules, Span span) {
  public Property {
    rules = List.copyOf(rules);
  }
}
