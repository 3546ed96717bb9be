package dev.rundown.cli;

/** Output formats of {@code verify} and {@code bench}; matched case-insensitively on the command line. */
enum Format {
  TEXT,
  JSON
}
