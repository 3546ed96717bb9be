package dev.rundown.ir;

import dev.rundown.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * A lowered, bound-independent model: kinds, state variables, actions and properties.
 * Immutable. Invariants (checked by {@link IrValidator}): every index refers to an existing variable,
 * property or slot; all declared names are unique; properties include exactly one HANG and one WELL_DEFINED.
 */
public record Model(
    String name,
    List<String> sources,
    List<Kind> kinds,
    List<StateVar> vars,
    List<String> actors,
    List<Action> actions,
    List<Property> properties,
    List<Expectation> expectations,
    Span span) {
  public Model {
    sources = List.copyOf(sources);
    kinds = List.copyOf(kinds);
    vars = List.copyOf(vars);
    actors = List.copyOf(actors);
    actions = List.copyOf(actions);
    properties = List.copyOf(properties);
    expectations = List.copyOf(expectations);
  }

  public Optional<Kind> kind(String name) {
    return kinds.stream().filter(k -> k.name().equals(name)).findFirst();
  }

  public int propertyIndex(String name) {
    for (int i = 0; i < properties.size(); i++) {
      if (properties.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  public Optional<Expectation> expectation(String property) {
    return expectations.stream().filter(e -> e.property().equals(property)).findFirst();
  }
}
