package dev.rundown.syntax.ast;

import dev.rundown.source.SourceFile;
import dev.rundown.source.Span;
import java.util.List;

/**
 * One parsed file: its optional {@code model} header, its {@code source} lines and its declarations.
 * Immutable; {@code name} is null when the file has no header.
 */
public record ModelFile(SourceFile file, Ident name, List<String> sources, List<Decl> decls, Span span) {
  public ModelFile {
    sources = List.copyOf(sources);
    decls = List.copyOf(decls);
  }
}
