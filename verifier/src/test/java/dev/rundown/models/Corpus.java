package dev.rundown.models;

import dev.rundown.engine.Budget;
import dev.rundown.engine.ProgressListener;
import dev.rundown.engine.PropertyResult;
import dev.rundown.engine.Verdict;
import dev.rundown.explore.ExplicitEngine;
import dev.rundown.ir.Model;
import dev.rundown.pipeline.Compilation;
import dev.rundown.pipeline.Driver;
import dev.rundown.pipeline.ModelRun;
import dev.rundown.pipeline.SourceLoader;
import dev.rundown.pipeline.VerifyOptions;
import dev.rundown.source.SourceFile;
import dev.rundown.syntax.Parser;
import dev.rundown.syntax.ast.ModelFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The model corpus under {@code models/}, found by walking the tree: designs (every {@code *.rundown} outside a
 * {@code rules} directory) and rule models (inside one). Paths are repository-relative with forward slashes.
 * Immutable; every method reads the file system afresh.
 */
final class Corpus {
  static final Path REPO = Path.of(System.getProperty("rundown.repo", "..")).toAbsolutePath().normalize();

  private Corpus() {}

  /** The designs in the order {@code rundown verify models/} runs them. */
  static List<String> designs() {
    SourceLoader loader = new SourceLoader(REPO, Parser::parse);
    return loader.expand(List.of("models")).roots().stream().map(loader::display).collect(Collectors.toList());
  }

  /** The rule model files, sorted by path. */
  static List<String> ruleFiles() {
    try (Stream<Path> walk = Files.walk(REPO.resolve("models"))) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".rundown"))
          .map(p -> REPO.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.contains("/" + SourceLoader.RULES_DIRECTORY + "/"))
          .filter(p -> !p.contains("/" + SourceLoader.WIP_DIRECTORY + "/"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(String path) {
    try {
      return Files.readString(REPO.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The repository-relative paths of every file {@code design} loads, itself included. */
  static List<String> loadedFiles(String design) {
    SourceLoader loader = new SourceLoader(REPO, Parser::parse);
    return loader.load(Path.of(design)).files().stream()
        .map(ModelFile::file)
        .map(SourceFile::path)
        .collect(Collectors.toList());
  }

  /** A driver over the real files, except that {@code path} reads as {@code text} (null: no override). */
  static Driver driver(String path, String text) {
    SourceLoader loader =
        new SourceLoader(
            REPO,
            source ->
                Parser.parse(
                    path != null && source.path().equals(path) ? new SourceFile(path, text) : source));
    return new Driver(loader, new ExplicitEngine());
  }

  static Model compile(Driver driver, String design) {
    Compilation compiled = driver.compile(Path.of(design));
    return compiled.model().orElseThrow(() -> new AssertionError(design + ": " + compiled.diagnostics()));
  }

  /** Runs {@code model} at its default bounds. */
  static ModelRun run(Driver driver, String design, Model model, boolean symmetry, Budget budget) {
    return driver.run(design, model, new VerifyOptions(List.of(), symmetry, false, budget), ProgressListener.NONE);
  }

  /** Property name to verdict, in declaration order. */
  static Map<String, Verdict> verdicts(ModelRun run) {
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    for (PropertyResult p : run.result().properties()) {
      verdicts.put(p.property(), p.verdict());
    }
    return verdicts;
  }

  static boolean hasSymmetricKind(Model model) {
    return model.kinds().stream().anyMatch(k -> k.symmetric());
  }
}
