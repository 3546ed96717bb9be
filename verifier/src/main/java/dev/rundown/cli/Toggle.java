package dev.rundown.cli;

/** An on/off option value ({@code --symmetry on}); matched case-insensitively on the command line. */
enum Toggle {
  ON,
  OFF;

  boolean on() {
    return this == ON;
  }
}
