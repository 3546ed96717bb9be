package dev.rundown.scenario;

import java.util.Optional;

/**
 * Whether a freshly generated scenario may go where a file may already be: nothing rundown did not write, or
 * wrote and someone edited since, is replaced unless forced; an identical file is left untouched. Stateless.
 */
public enum Overwrite {
  /** No file there: write it. */
  CREATE,
  /** The file holds exactly the new text: leave it (not even its modification time changes). */
  UNCHANGED,
  /** An intact generated file with other content (or {@code --force}): replace it. */
  REPLACE,
  /** The file has no marker: someone else's file. */
  REFUSE_NOT_GENERATED,
  /** The file has the marker but its checksum no longer matches: edited by hand. */
  REFUSE_EDITED;

  public static Overwrite decide(Optional<String> existing, String fresh, boolean force) {
    if (existing.isEmpty()) {
      return CREATE;
    }
    String old = existing.get();
    if (old.equals(fresh)) {
      return UNCHANGED;
    }
    if (force || Checksum.intact(old)) {
      return REPLACE;
    }
    return Checksum.hasMarker(old) ? REFUSE_EDITED : REFUSE_NOT_GENERATED;
  }

  public boolean refused() {
    return this == REFUSE_NOT_GENERATED || this == REFUSE_EDITED;
  }

  public boolean writes() {
    return this == CREATE || this == REPLACE;
  }
}
