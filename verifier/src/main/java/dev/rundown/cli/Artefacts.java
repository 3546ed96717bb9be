package dev.rundown.cli;

import dev.rundown.pipeline.ArtefactWriter;
import dev.rundown.pipeline.Counterexample;
import dev.rundown.pipeline.Driver;
import dev.rundown.pipeline.ModelRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code verify --counterexamples}: writes each violation's trace.json and trace.txt through an
 * {@link ArtefactWriter} and says on stderr what happened to each (written, unchanged, beside, replaced).
 * Stateless.
 */
final class Artefacts {
  private Artefacts() {}

  /** Writes every counterexample of {@code runs} under {@code dir}; false (after saying why) on an I/O error. */
  static boolean write(Driver driver, List<ModelRun> runs, Path dir, boolean force, PrintWriter err) {
    ArtefactWriter writer = new ArtefactWriter(dir, force);
    for (ModelRun run : runs) {
      for (Counterexample c : driver.counterexamples(run)) {
        try {
          ArtefactWriter.Written w = writer.write(c.modelKey(), c.file());
          err.println(message(w, writer.directory(c.modelKey(), c.file().property())));
        } catch (IOException e) {
          err.println("error: cannot write the counterexample of " + c.file().property() + " under "
              + writer.directory(c.modelKey(), c.file().property()) + ": " + e);
          return false;
        }
      }
    }
    return true;
  }

  private static String message(ArtefactWriter.Written w, Path dir) {
    String pair = w.json() + " and " + w.text().getFileName();
    switch (w.status()) {
      case WRITTEN:
        return "counterexample: wrote " + pair;
      case UNCHANGED:
        return "counterexample: " + pair + " unchanged";
      case REPLACED:
        return "counterexample: replaced " + pair + " (--force)";
      case WRITTEN_BESIDE:
        return "counterexample: " + dir.resolve("trace.json") + " holds a different trace; wrote " + pair
            + " beside it (--force replaces it)";
      default:
        throw new IllegalStateException("unknown status " + w.status());
    }
  }
}
