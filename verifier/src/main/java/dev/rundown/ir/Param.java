package dev.rundown.ir;

/** A parameter of an action, bound to environment slot {@code slot}. Immutable. */
public record Param(String name, Type type, int slot) {}
