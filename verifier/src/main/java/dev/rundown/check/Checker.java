package dev.rundown.check;

import dev.rundown.syntax.ast.ModelFile;
import java.util.List;

/** STUB (replaced by the checker work): resolves names and checks types of a root file and its includes. */
public final class Checker {
  private Checker() {}

  /** {@code files.get(0)} is the root file; the rest are its includes (each once, in first-mention order). */
  public static CheckResult check(List<ModelFile> files) {
    throw new UnsupportedOperationException("checker not yet written");
  }
}
