package dev.rundown.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rundown.source.SourceFile;
import dev.rundown.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rendered form: location, code, the source line in a gutter, and a caret under the span. */
class DiagnosticRendererTest {
  private static final SourceFile FILE = new SourceFile("m.rundown", "model M\n\tkind H { s: bool = 3 }\nvar x: 0..4\n");

  private static List<String> lines(Diagnostic d) {
    return DiagnosticRenderer.render(d).lines().toList();
  }

  @Test
  void pointsAtTheSpanOnItsLine() {
    int offset = FILE.text().indexOf("3 }");
    List<String> out = lines(Diagnostic.error(DiagnosticCode.RD215, new Span(FILE, offset, offset + 1), "bad init"));
    assertEquals("m.rundown:2:21: error[RD215]: bad init", out.get(0));
    assertEquals(" 2 | \tkind H { s: bool = 3 }", out.get(1));
    // The tab is echoed so that the caret lines up under a tab-indented line.
    assertEquals("   | \t" + " ".repeat(19) + "^", out.get(2));
  }

  @Test
  void underlinesTheWholeSpan() {
    int offset = FILE.text().indexOf("0..4");
    List<String> out = lines(Diagnostic.error(DiagnosticCode.RD211, new Span(FILE, offset, offset + 4), "range"));
    assertEquals("m.rundown:3:8: error[RD211]: range", out.get(0));
    assertEquals("   | " + " ".repeat(7) + "^^^^", out.get(2));
  }

  @Test
  void aSpanRunningPastItsLineIsCutAtTheLineEnd() {
    int offset = FILE.text().indexOf("kind");
    List<String> out =
        lines(Diagnostic.error(DiagnosticCode.RD104, new Span(FILE, offset, FILE.text().length()), "many lines"));
    assertEquals("   | \t" + "^".repeat("kind H { s: bool = 3 }".length()), out.get(2));
  }

  @Test
  void notesFollowTheCaret() {
    Diagnostic d =
        new Diagnostic(DiagnosticCode.RD006, Severity.ERROR, new Span(FILE, 0, 5), "cycle", List.of("a -> b -> a"));
    List<String> out = lines(d);
    assertEquals(4, out.size());
    assertEquals("  = note: a -> b -> a", out.get(3));
  }
}
