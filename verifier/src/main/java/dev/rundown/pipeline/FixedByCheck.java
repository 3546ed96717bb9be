package dev.rundown.pipeline;

import dev.rundown.diag.Diagnostic;
import dev.rundown.diag.DiagnosticCode;
import dev.rundown.syntax.ast.Decl;
import dev.rundown.syntax.ast.ModelFile;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Checks a design's {@code fixed by "path"} against the files: the named design exists (RD231), is not the
 * design itself, and includes exactly the same files, that is the same rule model under the same readings
 * (RD232), so a counterexample of the buggy design can be replayed on it. Stateless.
 */
final class FixedByCheck {
  private FixedByCheck() {}

  /** The fix of the root file {@code files.get(0)} (at {@code root}), if it declares one; problems go to {@code out}. */
  static Optional<Path> check(SourceLoader loader, Path root, List<ModelFile> files, List<Diagnostic> out) {
    Optional<Decl.FixedBy> declared =
        files.get(0).decls().stream()
            .filter(Decl.FixedBy.class::isInstance)
            .map(Decl.FixedBy.class::cast)
            .findFirst();
    if (declared.isEmpty()) {
      return Optional.empty();
    }
    Decl.FixedBy fixedBy = declared.get();
    Path target;
    try {
      target = loader.resolve(root).resolveSibling(fixedBy.path()).normalize();
    } catch (InvalidPathException e) {
      out.add(Diagnostic.error(DiagnosticCode.RD231, fixedBy.span(), "bad path \"" + fixedBy.path() + "\""));
      return Optional.empty();
    }
    if (!fixedBy.path().endsWith(".rundown") || !Files.isRegularFile(target)) {
      out.add(Diagnostic.error(
          DiagnosticCode.RD231, fixedBy.span(), "no design file " + loader.display(target) + " to fix this one"));
      return Optional.empty();
    }
    if (loader.display(target).equals(loader.display(root))) {
      out.add(Diagnostic.error(DiagnosticCode.RD232, fixedBy.span(), "a design cannot be its own fix"));
      return Optional.empty();
    }
    LoadResult fix = loader.load(target);
    if (fix.hasErrors() || fix.files().isEmpty()) {
      return Optional.of(target); // the fix's own errors are reported when it is compiled itself
    }
    Optional<String> difference = difference(loader, files, fix.files(), target);
    if (difference.isPresent()) {
      out.add(Diagnostic.error(DiagnosticCode.RD232, fixedBy.span(), difference.get()));
      return Optional.empty();
    }
    return Optional.of(target);
  }

  /** Empty when the designs {@code files} and {@code other} (at {@code otherPath}) include the same files. */
  static Optional<String> difference(SourceLoader loader, List<ModelFile> files, List<ModelFile> other, Path otherPath) {
    TreeSet<String> mine = includes(files);
    TreeSet<String> theirs = includes(other);
    if (mine.equals(theirs)) {
      return Optional.empty();
    }
    return Optional.of(loader.display(otherPath) + " includes " + (theirs.isEmpty() ? "nothing" : String.join(", ", theirs))
        + ", this design " + (mine.isEmpty() ? "nothing" : String.join(", ", mine)));
  }

  private static TreeSet<String> includes(List<ModelFile> files) {
    TreeSet<String> paths = new TreeSet<>();
    files.subList(1, files.size()).forEach(f -> paths.add(f.file().path()));
    return paths;
  }
}
