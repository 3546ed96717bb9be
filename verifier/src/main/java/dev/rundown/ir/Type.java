package dev.rundown.ir;

import java.util.List;

/**
 * The finite types of the IR. Immutable.
 * Runtime encoding (one int per value): bool 0/1, int as itself, enum by ordinal, kind instance by its
 * 0-based index, and {@code none} as -1 for an optional kind.
 */
public sealed interface Type {
  /** Number of distinct values under the given bounds. */
  int size(Bounds bounds);

  /** The smallest encoded value. */
  int min();

  record BoolType() implements Type {
    @Override
    public int size(Bounds bounds) {
      return 2;
    }

    @Override
    public int min() {
      return 0;
    }

    @Override
    public String toString() {
      return "bool";
    }
  }

  record IntType(int lo, int hi) implements Type {
    public IntType {
      if (hi < lo) {
        throw new IllegalArgumentException("empty range " + lo + ".." + hi);
      }
    }

    @Override
    public int size(Bounds bounds) {
      return hi - lo + 1;
    }

    @Override
    public int min() {
      return lo;
    }

    @Override
    public String toString() {
      return lo + ".." + hi;
    }
  }

  /** An enum, also used for the program counters of routines (labels as values). */
  record EnumType(String name, List<String> values) implements Type {
    public EnumType {
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("empty enum " + name);
      }
    }

    @Override
    public int size(Bounds bounds) {
      return values.size();
    }

    @Override
    public int min() {
      return 0;
    }

    public int ordinal(String value) {
      return values.indexOf(value);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Instances of a kind; optional adds {@code none} (encoded -1). */
  record KindType(String kind, boolean optional) implements Type {
    @Override
    public int size(Bounds bounds) {
      return bounds.of(kind) + (optional ? 1 : 0);
    }

    @Override
    public int min() {
      return optional ? -1 : 0;
    }

    public KindType asOptional() {
      return new KindType(kind, true);
    }

    public KindType asRequired() {
      return new KindType(kind, false);
    }

    @Override
    public String toString() {
      return optional ? kind + "?" : kind;
    }
  }

  /** Integer values produced by arithmetic before a range check; never the type of a variable. */
  record UnboundedInt() implements Type {
    @Override
    public int size(Bounds bounds) {
      throw new UnsupportedOperationException("unbounded int has no finite domain");
    }

    @Override
    public int min() {
      return Integer.MIN_VALUE;
    }

    @Override
    public String toString() {
      return "int";
    }
  }

  Type BOOL = new BoolType();
  Type INT = new UnboundedInt();
}
