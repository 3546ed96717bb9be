package dev.rundown.ir;

import dev.rundown.source.Span;

/** A kind of object with its default instance count and whether its instances are interchangeable. Immutable. */
public record Kind(String name, int defaultBound, boolean symmetric, Span span) {}
