package dev.rundown.ir;

import java.util.List;

/** STUB (replaced by the lowering work): checks the structural invariants of a {@link Model}. */
public final class IrValidator {
  private IrValidator() {}

  /** Problems found, empty when the model is well formed. */
  public static List<String> validate(Model model) {
    return List.of();
  }
}
