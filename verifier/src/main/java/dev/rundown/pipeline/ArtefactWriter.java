package dev.rundown.pipeline;

import dev.rundown.trace.TraceFile;
import dev.rundown.trace.TraceJson;
import dev.rundown.trace.TraceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a counterexample's {@code trace.json} and {@code trace.txt} under {@code DIR/<model>/<property>/} and
 * never overwrites silently: when the pair there has the same content it is left as is; when it differs the new
 * pair goes beside it as {@code trace-2.*}, {@code trace-3.*}, … (an existing numbered pair with the same content
 * is left as is too), unless {@code force} replaces {@code trace.*}. Immutable.
 */
public final class ArtefactWriter {
  /** What happened to one counterexample's files. */
  public enum Status {
    WRITTEN,
    UNCHANGED,
    WRITTEN_BESIDE,
    REPLACED
  }

  /** The outcome for one counterexample: the JSON file it now lives in (the text file is beside it). */
  public record Written(Path json, Path text, Status status) {}

  private final Path root;
  private final boolean force;

  public ArtefactWriter(Path root, boolean force) {
    this.root = root;
    this.force = force;
  }

  /** The directory of a counterexample: {@code root/<model>/<property>}. */
  public Path directory(String modelKey, String property) {
    return root.resolve(modelKey).resolve(property);
  }

  public Written write(String modelKey, TraceFile file) throws IOException {
    Path dir = directory(modelKey, file.property());
    Files.createDirectories(dir);
    String json = TraceJson.write(file);
    String text = TraceText.render(file);
    Path mainJson = dir.resolve("trace.json");
    Path mainText = dir.resolve("trace.txt");
    boolean exists = Files.exists(mainJson) || Files.exists(mainText);
    if (!exists || force) {
      if (exists && same(mainJson, json) && same(mainText, text)) {
        return new Written(mainJson, mainText, Status.UNCHANGED);
      }
      Files.writeString(mainJson, json, StandardCharsets.UTF_8);
      Files.writeString(mainText, text, StandardCharsets.UTF_8);
      return new Written(mainJson, mainText, exists ? Status.REPLACED : Status.WRITTEN);
    }
    for (int k = 1; ; k++) {
      Path j = dir.resolve(k == 1 ? "trace.json" : "trace-" + k + ".json");
      Path t = dir.resolve(k == 1 ? "trace.txt" : "trace-" + k + ".txt");
      if (same(j, json) && same(t, text)) {
        return new Written(j, t, Status.UNCHANGED);
      }
      if (!Files.exists(j) && !Files.exists(t)) {
        Files.writeString(j, json, StandardCharsets.UTF_8);
        Files.writeString(t, text, StandardCharsets.UTF_8);
        return new Written(j, t, Status.WRITTEN_BESIDE);
      }
    }
  }

  private static boolean same(Path file, String content) throws IOException {
    return Files.isRegularFile(file)
        && java.util.Arrays.equals(Files.readAllBytes(file), content.getBytes(StandardCharsets.UTF_8));
  }
}
