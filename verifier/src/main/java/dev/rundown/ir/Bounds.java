package dev.rundown.ir;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;

/**
 * Instance counts per kind for one run. Immutable; iteration is in kind-name order.
 * Built from the model's defaults overridden by the run's {@code --bound} options.
 */
public record Bounds(ImmutableSortedMap<String, Integer> counts) {
  public Bounds {
    counts.forEach(
        (k, v) -> {
          if (v < 1) {
            throw new IllegalArgumentException("bound of " + k + " must be positive: " + v);
          }
        });
  }

  public static Bounds of(Map<String, Integer> counts) {
    return new Bounds(ImmutableSortedMap.copyOf(counts));
  }

  /** The bounds of a model: each kind's default, overridden by {@code overrides} (kind names must exist). */
  public static Bounds forModel(Model model, Map<String, Integer> overrides) {
    ImmutableSortedMap.Builder<String, Integer> b = ImmutableSortedMap.naturalOrder();
    for (Kind k : model.kinds()) {
      b.put(k.name(), overrides.getOrDefault(k.name(), k.defaultBound()));
    }
    return new Bounds(b.build());
  }

  public int of(String kind) {
    Integer n = counts.get(kind);
    if (n == null) {
      throw new IllegalArgumentException("no bound for kind " + kind);
    }
    return n;
  }
}
