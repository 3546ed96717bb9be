package dev.rundown.check;

import java.util.List;

/**
 * The types of checked expressions: bool, bounded and unbounded integers, enums, kind references and
 * the type of a bare {@code none}. Immutable records; {@link ErrorType} appears only in models with errors.
 */
public sealed interface ValueType {
  record BoolType() implements ValueType {
    @Override
    public String toString() {
      return "bool";
    }
  }

  /** A bounded integer {@code lo..hi} (lo <= hi). */
  record RangeType(int lo, int hi) implements ValueType {
    @Override
    public String toString() {
      return lo + ".." + hi;
    }
  }

  /** The result of arithmetic: an integer not yet range checked. */
  record IntType() implements ValueType {
    @Override
    public String toString() {
      return "int";
    }
  }

  record EnumType(String name, List<String> values) implements ValueType {
    public EnumType {
      values = List.copyOf(values);
    }

    public int ordinal(String value) {
      return values.indexOf(value);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Instances of a kind; {@code optional} adds {@code none}. */
  record KindType(String kind, boolean optional) implements ValueType {
    public KindType asRequired() {
      return new KindType(kind, false);
    }

    @Override
    public String toString() {
      return optional ? kind + "?" : kind;
    }
  }

  /** The type of {@code none} where no optional kind is expected; never in a checked model. */
  record NoneType() implements ValueType {
    @Override
    public String toString() {
      return "none";
    }
  }

  /** The type of an expression that already has an error; compatible with everything to avoid cascades. */
  record ErrorType() implements ValueType {
    @Override
    public String toString() {
      return "<error>";
    }
  }

  ValueType BOOL = new BoolType();
  ValueType INT = new IntType();
  ValueType NONE = new NoneType();
  ValueType ERROR = new ErrorType();

  /** Bounded or unbounded integer. */
  default boolean isInt() {
    return this instanceof RangeType || this instanceof IntType;
  }

  default boolean isError() {
    return this instanceof ErrorType;
  }

  /** Whether a value of type {@code value} may be stored where {@code target} is expected (ranges and none checked at run time). */
  static boolean assignable(ValueType target, ValueType value) {
    if (target.isError() || value.isError()) {
      return true;
    }
    if (target.isInt()) {
      return value.isInt();
    }
    if (target instanceof KindType tk) {
      if (value instanceof NoneType) {
        return tk.optional();
      }
      return value instanceof KindType vk && vk.kind().equals(tk.kind());
    }
    return target.equals(value);
  }

  /** Whether {@code a == b} is meaningful: same type up to integer ranges and optionality. */
  static boolean comparable(ValueType a, ValueType b) {
    if (a.isError() || b.isError()) {
      return true;
    }
    if (a instanceof NoneType) {
      return b instanceof KindType k && k.optional();
    }
    if (b instanceof NoneType) {
      return a instanceof KindType k && k.optional();
    }
    if (a.isInt()) {
      return b.isInt();
    }
    if (a instanceof KindType ka) {
      return b instanceof KindType kb && ka.kind().equals(kb.kind());
    }
    return a.equals(b);
  }
}
