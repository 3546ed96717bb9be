package dev.rundown.syntax;

import dev.rundown.source.SourceFile;

/** STUB (replaced by the parser work): recursive-descent parser for .rundown files. */
public final class Parser {
  private Parser() {}

  public static ParseResult parse(SourceFile file) {
    throw new UnsupportedOperationException("parser not yet written");
  }
}
