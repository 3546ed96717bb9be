package dev.rundown.lower;

import dev.rundown.check.CheckedModel;
import dev.rundown.ir.Model;

/** STUB (replaced by the lowering work): compiles a checked model to the IR. */
public final class Lowering {
  private Lowering() {}

  public static Model lower(CheckedModel model) {
    throw new UnsupportedOperationException("lowering not yet written");
  }
}
