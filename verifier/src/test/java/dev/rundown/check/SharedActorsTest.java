package dev.rundown.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.diag.Diagnostic;
import dev.rundown.diag.DiagnosticCode;
import dev.rundown.source.SourceFile;
import dev.rundown.syntax.Parser;
import dev.rundown.syntax.ast.ModelFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two included rule models may both declare an actor; one file declaring it twice is still RD202. */
class SharedActorsTest {
  private static ModelFile parse(String path, String text) {
    return Parser.parse(new SourceFile(path, text)).file();
  }

  @Test
  void anActorDeclaredInTwoIncludedFilesIsOneActor() {
    ModelFile root =
        parse("root.rundown", "model Root\ninclude \"a.rundown\"\ninclude \"b.rundown\"\nroutine driver R { a := true; b := true }\n");
    ModelFile a = parse("a.rundown", "model A\nactors driver\nvar a: bool\n");
    ModelFile b = parse("b.rundown", "model B\nactors driver, fltmgr\nvar b: bool\n");
    CheckResult result = Checker.check(List.of(root, a, b));
    assertTrue(result.diagnostics().stream().noneMatch(Diagnostic::isError), result.diagnostics().toString());
    assertTrue(result.model().isPresent());
  }

  @Test
  void anActorDeclaredTwiceInOneFileIsADuplicate() {
    ModelFile root = parse("root.rundown", "model Root\nactors driver\nactors driver\n");
    List<DiagnosticCode> codes =
        Checker.check(List.of(root)).diagnostics().stream().map(Diagnostic::code).toList();
    assertEquals(List.of(DiagnosticCode.RD202), codes);
  }
}
