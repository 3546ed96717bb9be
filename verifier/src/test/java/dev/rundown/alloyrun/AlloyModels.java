package dev.rundown.alloyrun;

import dev.rundown.engine.Budget;
import dev.rundown.engine.CheckRequest;
import dev.rundown.explore.ExplicitEngine;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;
import dev.rundown.pipeline.Driver;
import dev.rundown.pipeline.SourceLoader;
import dev.rundown.syntax.Parser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Test support: the designs under {@code models/}, compiled; models compiled from text; requests at bounds. */
final class AlloyModels {
  static final Path REPO = Path.of(System.getProperty("rundown.repo", "..")).toAbsolutePath().normalize();
  private static final SourceLoader LOADER = new SourceLoader(REPO, Parser::parse);

  private AlloyModels() {}

  /** Repository-relative paths of the designs, in {@code rundown verify models/} order. */
  static List<String> designs() {
    return LOADER.expand(List.of("models")).roots().stream().map(LOADER::display).toList();
  }

  static Model design(String path) {
    return new Driver(LOADER, new ExplicitEngine()).compile(REPO.resolve(path)).model().orElseThrow();
  }

  /** The model of a source text (written to a temporary file and compiled; it must compile). */
  static Model of(String text) {
    try {
      Path dir = Files.createTempDirectory("rundown-alloy");
      Path file = dir.resolve("m.rundown");
      Files.writeString(file, text);
      SourceLoader loader = new SourceLoader(dir, Parser::parse);
      var compiled = new Driver(loader, new ExplicitEngine()).compile(file);
      Files.delete(file);
      Files.delete(dir);
      return compiled.model().orElseThrow(() -> new AssertionError("does not compile: " + compiled.diagnostics()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every kind bounded to {@code at most n} (its default if smaller). */
  static Bounds small(Model model, int n) {
    Map<String, Integer> counts = new TreeMap<>();
    model.kinds().forEach(k -> counts.put(k.name(), Math.min(n, k.defaultBound())));
    return Bounds.forModel(model, counts);
  }

  static CheckRequest request(Model model, Bounds bounds) {
    return new CheckRequest(model, bounds, false, false, Budget.UNLIMITED);
  }
}
