package dev.rundown.syntax.ast;

import dev.rundown.source.Span;

/** A name with the span where it is written. Immutable. */
public record Ident(String name, Span span) {
  @Override
  public String toString() {
    return name;
  }
}
