package dev.rundown.pipeline;

import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Bounds as a scenario records them: {@code Context=2, Opener=2, Stream=1} (kind-name order). Stateless. */
public final class BoundsText {
  private BoundsText() {}

  public static String format(Bounds bounds) {
    return bounds.counts().entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /**
   * The bounds written {@code text} for {@code model}: kinds not named keep the model's default; empty when an
   * entry is malformed or names a kind the model does not have.
   */
  public static Optional<Bounds> parse(Model model, String text) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String entry : text.isBlank() ? new String[0] : text.split(",")) {
      String[] kv = entry.strip().split("=");
      if (kv.length != 2 || model.kind(kv[0]).isEmpty() || !kv[1].matches("[1-9][0-9]{0,5}")) {
        return Optional.empty();
      }
      counts.put(kv[0], Integer.parseInt(kv[1]));
    }
    return Optional.of(Bounds.forModel(model, counts));
  }

  /** {@code bounds} restricted to the kinds of {@code model}, the others at the model's defaults. */
  public static Bounds carry(Bounds bounds, Model model) {
    Map<String, Integer> counts = new TreeMap<>(bounds.counts());
    counts.keySet().removeIf(k -> model.kind(k).isEmpty());
    return Bounds.forModel(model, counts);
  }
}
