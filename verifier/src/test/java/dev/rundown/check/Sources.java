package dev.rundown.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.diag.Diagnostic;
import dev.rundown.diag.DiagnosticRenderer;
import dev.rundown.source.SourceFile;
import dev.rundown.syntax.ParseResult;
import dev.rundown.syntax.Parser;
import dev.rundown.syntax.ast.Decl;
import dev.rundown.syntax.ast.ModelFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Test support: parses model text or files (with their includes, depth first, each once) and checks them.
 * Fails the test on parse errors, so checker tests only see checker diagnostics. Stateless.
 */
public final class Sources {
  private Sources() {}

  /** The repository root (surefire sets {@code rundown.repo}). */
  public static Path repo() {
    String property = System.getProperty("rundown.repo");
    if (property != null) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("models")) && Files.isDirectory(dir.resolve("verifier"))) {
        return dir;
      }
    }
    throw new IllegalStateException("cannot find the repository root");
  }

  public static ModelFile parse(SourceFile file) {
    ParseResult r = Parser.parse(file);
    assertTrue(!r.hasErrors(), () -> render(r.diagnostics()));
    return r.file();
  }

  /** Checks in-memory files: the first is the root; includes are resolved among the others by path. */
  public static CheckResult check(Map<String, String> files) {
    List<ModelFile> parsed = new ArrayList<>();
    files.forEach((path, text) -> parsed.add(parse(new SourceFile(path, text))));
    return Checker.check(parsed);
  }

  public static CheckResult check(String text) {
    return check(Map.of("test.rundown", text));
  }

  /** Reads {@code root} and, depth first, the files it includes, as the pipeline does. */
  public static List<ModelFile> load(Path root) {
    Map<Path, ModelFile> files = new LinkedHashMap<>();
    visit(root.toAbsolutePath().normalize(), files);
    return List.copyOf(files.values());
  }

  private static void visit(Path path, Map<Path, ModelFile> files) {
    if (files.containsKey(path)) {
      return;
    }
    try {
      String shown = repo().relativize(path).toString().replace('\\', '/');
      ModelFile f = parse(new SourceFile(shown, Files.readString(path, StandardCharsets.UTF_8)));
      files.put(path, f);
      for (Decl d : f.decls()) {
        if (d instanceof Decl.Include inc) {
          visit(path.resolveSibling(inc.path()).normalize(), files);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The checked model; fails with the rendered diagnostics when there are errors. */
  public static CheckedModel checked(CheckResult r) {
    assertEquals("", render(r.diagnostics()));
    return r.model().orElseThrow();
  }

  public static String render(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(DiagnosticRenderer::render).collect(Collectors.joining());
  }
}
