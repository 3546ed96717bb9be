package dev.rundown.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.diag.Diagnostic;
import dev.rundown.diag.DiagnosticCode;
import dev.rundown.syntax.ast.ModelFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLoaderTest {
  @TempDir Path dir;
  private SourceLoader loader;

  @BeforeEach
  void setUp() {
    loader = new SourceLoader(dir, FakeParser::parse);
  }

  private Path write(String relative, String text) throws IOException {
    Path path = dir.resolve(relative);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text, StandardCharsets.UTF_8);
    return path;
  }

  private static List<String> paths(LoadResult result) {
    return result.files().stream().map(f -> f.file().path()).collect(Collectors.toList());
  }

  private static List<DiagnosticCode> codes(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  @Test
  void includesResolveRelativeToTheIncludingFileDepthFirstEachOnce() throws IOException {
    write("designs/root.rundown", "model Root\ninclude \"a.rundown\"\ninclude \"../rules/b.rundown\"\n");
    write("designs/a.rundown", "include \"../rules/c.rundown\"\ninclude \"../rules/b.rundown\"\n");
    write("rules/b.rundown", "include \"c.rundown\"\n");
    write("rules/c.rundown", "model C\n");
    LoadResult result = loader.load(Path.of("designs/root.rundown"));
    assertEquals(List.of(), result.diagnostics());
    assertEquals(
        List.of("designs/root.rundown", "designs/a.rundown", "rules/c.rundown", "rules/b.rundown"), paths(result));
  }

  @Test
  void aFileNamedTwoWaysIsLoadedOnce() throws IOException {
    write("root.rundown", "model Root\ninclude \"x/../a.rundown\"\ninclude \"./a.rundown\"\n");
    write("x/keep.txt", "");
    write("a.rundown", "");
    LoadResult result = loader.load(Path.of("root.rundown"));
    assertEquals(List.of("root.rundown", "a.rundown"), paths(result));
  }

  @Test
  void anIncludeCycleIsRd006AtTheIncludeThatClosesIt() throws IOException {
    write("root.rundown", "model Root\ninclude \"a.rundown\"\n");
    write("a.rundown", "// a\ninclude \"b.rundown\"\n");
    write("b.rundown", "\n\n  include \"a.rundown\"\n");
    LoadResult result = loader.load(Path.of("root.rundown"));
    assertEquals(List.of(DiagnosticCode.RD006), codes(result.diagnostics()));
    Diagnostic cycle = result.diagnostics().get(0);
    assertEquals("b.rundown", cycle.span().file().path());
    assertEquals(3, cycle.span().line());
    assertEquals(3, cycle.span().column());
    assertEquals(List.of("root.rundown", "a.rundown", "b.rundown"), paths(result));
  }

  @Test
  void includingTheRootIsACycle() throws IOException {
    write("root.rundown", "model Root\ninclude \"root.rundown\"\n");
    LoadResult result = loader.load(Path.of("root.rundown"));
    assertEquals(List.of(DiagnosticCode.RD006), codes(result.diagnostics()));
  }

  @Test
  void aMissingIncludeIsRd007AtItsSpan() throws IOException {
    write("root.rundown", "model Root\n  include \"nope.rundown\"\ninclude \"dir\"\n");
    Files.createDirectories(dir.resolve("dir"));
    LoadResult result = loader.load(Path.of("root.rundown"));
    assertEquals(List.of(DiagnosticCode.RD007, DiagnosticCode.RD007), codes(result.diagnostics()));
    Diagnostic missing = result.diagnostics().get(0);
    assertEquals("root.rundown", missing.span().file().path());
    assertEquals(2, missing.span().line());
    assertEquals(3, missing.span().column());
    assertTrue(result.hasErrors());
  }

  @Test
  void theRealParserFindsIncludes() throws IOException {
    write("designs/d.rundown", "model D\ninclude \"../rules/r.rundown\"\nactors app\n");
    write("rules/r.rundown", "model R\ninclude \"../designs/d.rundown\"\n");
    LoadResult result = new SourceLoader(dir, dev.rundown.syntax.Parser::parse).load(Path.of("designs/d.rundown"));
    assertEquals(List.of("designs/d.rundown", "rules/r.rundown"), paths(result));
    assertEquals(List.of(DiagnosticCode.RD006), codes(result.diagnostics()));
    assertEquals("rules/r.rundown", result.diagnostics().get(0).span().file().path());
  }

  @Test
  void aMissingRootIsRd001() {
    LoadResult result = loader.load(Path.of("absent.rundown"));
    assertEquals(List.of(DiagnosticCode.RD001), codes(result.diagnostics()));
    assertEquals("absent.rundown", result.diagnostics().get(0).span().file().path());
    assertEquals(List.of(), result.files());
  }

  @Test
  void invalidUtf8IsRd002PointingAfterTheValidPrefix() throws IOException {
    Path bad = dir.resolve("bad.rundown");
    Files.write(bad, new byte[] {'m', 'o', 'd', 'e', 'l', '\n', 'x', (byte) 0xC3, (byte) 0x28});
    write("root.rundown", "model Root\ninclude \"bad.rundown\"\n");
    LoadResult direct = loader.load(Path.of("bad.rundown"));
    assertEquals(List.of(DiagnosticCode.RD002), codes(direct.diagnostics()));
    Diagnostic diagnostic = direct.diagnostics().get(0);
    assertEquals(2, diagnostic.span().line());
    assertEquals(2, diagnostic.span().column());
    LoadResult included = loader.load(Path.of("root.rundown"));
    assertEquals(List.of(DiagnosticCode.RD002), codes(included.diagnostics()));
  }

  @Test
  void parseDiagnosticsOfEveryFileAreKept() throws IOException {
    write("root.rundown", "model Root\ninclude \"a.rundown\"\n");
    write("a.rundown", "syntax error\n");
    LoadResult result = loader.load(Path.of("root.rundown"));
    assertEquals(List.of(DiagnosticCode.RD104), codes(result.diagnostics()));
    assertEquals("a.rundown", result.diagnostics().get(0).span().file().path());
  }

  @Test
  void aDirectoryMeansItsModelsSortedByPathSkippingRulesDirectories() throws IOException {
    write("models/b.rundown", "model B\n");
    write("models/a/z.rundown", "model Z\n");
    write("models/a/rules/r.rundown", "model R\n");
    write("models/rules/top.rundown", "");
    write("models/a.rundown", "model A\n");
    write("models/notes.txt", "");
    write("models/c/deep/rules/x/y.rundown", "");
    write("models/wip/slow/design.rundown", "model Slow\n");
    write("models/d/wip/w.rundown", "model W\n");
    Expansion expansion = loader.expand(List.of("models"));
    assertEquals(List.of(), expansion.diagnostics());
    assertEquals(
        List.of("models/a.rundown", "models/a/z.rundown", "models/b.rundown"),
        expansion.roots().stream().map(loader::display).collect(Collectors.toList()));
  }

  @Test
  void aRulesOrWipDirectoryOrFileNamedExplicitlyIsRun() throws IOException {
    write("models/rules/r.rundown", "");
    write("models/rules/s.rundown", "");
    write("models/wip/w.rundown", "");
    Expansion expansion = loader.expand(List.of("models/rules/s.rundown", "models/rules", "models/wip"));
    assertEquals(List.of(), expansion.diagnostics());
    assertEquals(
        List.of("models/rules/s.rundown", "models/rules/r.rundown", "models/wip/w.rundown"),
        expansion.roots().stream().map(loader::display).collect(Collectors.toList()));
  }

  @Test
  void argumentProblemsAreDiagnosedAndTheRestKept() throws IOException {
    write("ok.rundown", "model Ok\n");
    write("notes.txt", "");
    Files.createDirectories(dir.resolve("empty"));
    Expansion expansion =
        loader.expand(List.of("missing.rundown", "notes.txt", "empty", "ok.rundown", "./ok.rundown"));
    assertEquals(
        List.of(DiagnosticCode.RD004, DiagnosticCode.RD001, DiagnosticCode.RD003), codes(expansion.diagnostics()));
    assertEquals(1, expansion.roots().size());
    assertEquals("ok.rundown", loader.display(expansion.roots().get(0)));
  }

  @Test
  void displayPathsAreRelativeToTheWorkingDirectoryWithForwardSlashes() throws IOException {
    Path file = write("sub/dir/m.rundown", "model M\n");
    SourceLoader inSub = new SourceLoader(dir.resolve("sub"), FakeParser::parse);
    assertEquals("dir/m.rundown", inSub.display(file));
    assertEquals("../other.rundown", inSub.display(dir.resolve("other.rundown")));
    ModelFile loaded = inSub.load(Path.of("dir/m.rundown")).files().get(0);
    assertEquals("dir/m.rundown", loaded.file().path());
  }
}
