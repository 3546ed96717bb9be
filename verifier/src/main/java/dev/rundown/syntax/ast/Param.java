package dev.rundown.syntax.ast;

import dev.rundown.source.Span;

/**
 * A parameter {@code name: Type}; in an {@code on} handler the type is absent (taken from the callback).
 * Immutable; {@code type} is null only in handlers.
 */
public record Param(Ident name, TypeRef type, Span span) {}
