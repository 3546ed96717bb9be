package dev.rundown.check;

/** STUB (replaced by the checker work): a resolved, type-checked model ready for lowering. */
public final class CheckedModel {}
