package dev.rundown.replay;

import dev.rundown.explore.ExplicitEngine;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;
import dev.rundown.pipeline.Driver;
import dev.rundown.pipeline.SourceLoader;
import dev.rundown.syntax.Parser;
import java.nio.file.Path;
import java.util.Map;

/** Models of the corpus under {@code models/}, compiled through the real pipeline, for replay tests. */
final class CorpusModels {
  static final Path REPO = Path.of(System.getProperty("rundown.repo", "..")).toAbsolutePath().normalize();

  private CorpusModels() {}

  static Driver driver() {
    return new Driver(new SourceLoader(REPO, Parser::parse), new ExplicitEngine());
  }

  /** The IR of the model at repository path {@code path}. */
  static Model model(String path) {
    return driver().compile(REPO.resolve(path)).model().orElseThrow();
  }

  static Bounds defaults(Model model) {
    return Bounds.forModel(model, Map.of());
  }
}
