package dev.rundown.check;

import com.google.common.collect.ImmutableSortedSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The rule ids of the rulebook, loaded from the resource {@code dev/rundown/check/rule-ids.txt}
 * (one id a line, {@code #} comments). Immutable; thread-safe.
 */
public final class RuleCatalog {
  private static final String RESOURCE = "rule-ids.txt";
  private static final RuleCatalog BUILT_IN = load();

  private final ImmutableSortedSet<String> ids;

  private RuleCatalog(ImmutableSortedSet<String> ids) {
    this.ids = ids;
  }

  /** The catalog shipped with rundown. */
  public static RuleCatalog builtIn() {
    return BUILT_IN;
  }

  public boolean contains(String id) {
    return ids.contains(id);
  }

  public ImmutableSortedSet<String> ids() {
    return ids;
  }

  private static RuleCatalog load() {
    try (InputStream in = RuleCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      ImmutableSortedSet.Builder<String> b = ImmutableSortedSet.naturalOrder();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String id = line.strip();
        if (!id.isEmpty() && !id.startsWith("#")) {
          b.add(id);
        }
      }
      return new RuleCatalog(b.build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
