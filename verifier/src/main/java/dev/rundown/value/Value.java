package dev.rundown.value;

/**
 * A value as shown in traces, reports and generated scenarios. Immutable sealed records.
 * {@link #toString()} is the display form: {@code true}, {@code 3}, {@code Freed}, {@code Handle2}, {@code none}.
 */
public sealed interface Value {
  record BoolValue(boolean value) implements Value {
    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  record IntValue(int value) implements Value {
    @Override
    public String toString() {
      return Integer.toString(value);
    }
  }

  record EnumValue(String type, String name) implements Value {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Instance {@code index} (0-based) of {@code kind}, displayed 1-based: {@code Handle1}. */
  record InstanceValue(String kind, int index) implements Value {
    @Override
    public String toString() {
      return kind + (index + 1);
    }
  }

  record NoneValue(String kind) implements Value {
    @Override
    public String toString() {
      return "none";
    }
  }
}
