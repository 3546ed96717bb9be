package dev.rundown.syntax.ast;

import dev.rundown.source.Span;

/** A cited rule id such as {@code FLT-CTX-28}. Immutable. */
public record RuleRef(String id, Span span) {}
