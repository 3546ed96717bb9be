package dev.rundown.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rundown.diag.Diagnostic;
import dev.rundown.diag.DiagnosticCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fixed by}: the fix must exist (RD231) and include the same files (RD232); a good one is carried. */
class FixedByTest {
  private static final String RULES = "model Rules\nactors app\nkind K { b: bool }\naction app flip(k: K) when not k.b do k.b := true\n";

  private static Compilation compile(Path dir, String fixedBy, String fixIncludes) throws IOException {
    Files.createDirectories(dir.resolve("rules"));
    Files.writeString(dir.resolve("rules/a.rundown"), RULES, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("rules/b.rundown"), RULES.replace("Rules", "Other"), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("fix.rundown"), "model Fix\ninclude \"" + fixIncludes + "\"\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("bug.rundown"),
        "model Bug\nfixed by \"" + fixedBy + "\"\ninclude \"rules/a.rundown\"\n", StandardCharsets.UTF_8);
    return Driver.compiler(dir).compile(Path.of("bug.rundown"));
  }

  private static List<DiagnosticCode> errors(Compilation c) {
    return c.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::code).toList();
  }

  @Test
  void aFixWithTheSameIncludesIsCarried(@TempDir Path dir) throws IOException {
    Compilation c = compile(dir, "fix.rundown", "rules/a.rundown");
    assertEquals(List.of(), errors(c));
    assertEquals(Optional.of(dir.toAbsolutePath().resolve("fix.rundown").normalize()), c.fixedBy());
    assertEquals(71, c.sourceHash().length());
  }

  @Test
  void aMissingFixIsRd231(@TempDir Path dir) throws IOException {
    assertEquals(List.of(DiagnosticCode.RD231), errors(compile(dir, "nowhere.rundown", "rules/a.rundown")));
  }

  @Test
  void aFixOnAnotherRuleModelOrItselfIsRd232(@TempDir Path dir) throws IOException {
    assertEquals(List.of(DiagnosticCode.RD232), errors(compile(dir, "fix.rundown", "rules/b.rundown")));
    assertEquals(List.of(DiagnosticCode.RD232), errors(compile(dir, "bug.rundown", "rules/a.rundown")));
  }
}
