package dev.rundown.syntax.ast;

import dev.rundown.source.Span;

/**
 * A type as written in the source: {@code bool}, {@code lo..hi}, or a named enum or kind, optionally {@code ?}.
 * Immutable AST node; names are resolved by the checker.
 */
public sealed interface TypeRef {
  Span span();

  record Bool(Span span) implements TypeRef {}

  record Range(long lo, long hi, Span span) implements TypeRef {}

  /** An enum or a kind; {@code optional} only makes sense for kinds ({@code File?}). */
  record Named(String name, boolean optional, Span span) implements TypeRef {}
}
