package dev.rundown.semantics;

import dev.rundown.ir.Type;
import dev.rundown.value.Value;

/** Conversion between the IR's int encoding of a value (see {@link Type}) and display {@link Value}s. Stateless. */
public final class Values {
  private Values() {}

  /** The display value of encoded {@code v} of type {@code type}. */
  public static Value decode(Type type, int v) {
    if (type instanceof Type.BoolType) {
      return new Value.BoolValue(v != 0);
    }
    if (type instanceof Type.EnumType e) {
      return v >= 0 && v < e.values().size()
          ? new Value.EnumValue(e.name(), e.values().get(v))
          : new Value.IntValue(v);
    }
    if (type instanceof Type.KindType k) {
      return v < 0 ? new Value.NoneValue(k.kind()) : new Value.InstanceValue(k.kind(), v);
    }
    return new Value.IntValue(v);
  }
}
