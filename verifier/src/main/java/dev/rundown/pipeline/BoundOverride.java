package dev.rundown.pipeline;

/** A {@code --bound KIND=N} option: run with {@code count} instances of {@code kind}. Immutable. */
public record BoundOverride(String kind, int count) {
  @Override
  public String toString() {
    return kind + "=" + count;
  }
}
