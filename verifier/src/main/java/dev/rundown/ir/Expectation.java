package dev.rundown.ir;

import dev.rundown.source.Span;

/** {@code expect NAME holds|violated}: the verdict the model's author states for a property. Immutable. */
public record Expectation(String property, boolean holds, Span span) {}
