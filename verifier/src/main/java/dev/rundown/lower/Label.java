package dev.rundown.lower;

/**
 * A program-counter target inside one routine or callback: a step (numbered in source order), the exit, or an
 * alias of another label (an empty sequence goes straight on). Bound once while steps are planned, read after.
 */
final class Label {
  static final int EXIT = -1;
  private static final int UNBOUND = 0;

  private int step = UNBOUND;
  private Label alias;

  static Label exit() {
    Label l = new Label();
    l.step = EXIT;
    return l;
  }

  void bind(int number) {
    check();
    step = number;
  }

  void aliasTo(Label other) {
    check();
    alias = other;
  }

  private void check() {
    if (step != UNBOUND || alias != null) {
      throw new IllegalStateException("label bound twice");
    }
  }

  /** The step number (1-based) this label leads to, or {@link #EXIT}. */
  int resolve() {
    Label l = this;
    for (int hops = 0; l.alias != null; hops++) {
      if (hops > 1_000_000) {
        throw new IllegalStateException("label alias cycle");
      }
      l = l.alias;
    }
    if (l.step == UNBOUND) {
      throw new IllegalStateException("unbound label");
    }
    return l.step;
  }
}
