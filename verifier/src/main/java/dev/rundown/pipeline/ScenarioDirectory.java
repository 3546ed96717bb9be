package dev.rundown.pipeline;

import dev.rundown.scenario.Checksum;
import dev.rundown.scenario.Overwrite;
import dev.rundown.scenario.ScenarioFile;
import dev.rundown.scenario.ScenarioGenerator;
import dev.rundown.scenario.ScenarioSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The scenario source tree on disk ({@code counterexamples/src/test/java} by default): writes generated
 * scenarios under the no-overwrite rule of {@link Overwrite}, all or nothing, and lists the scenarios of a
 * design. The only class that touches scenario files. Stateless.
 */
public final class ScenarioDirectory {
  private ScenarioDirectory() {}

  /** One file: where, and what was (or, when refused, would have been) done. */
  public record FileOutcome(Path file, Overwrite action) {}

  /** The scenarios of a design found under a directory, and the files that mention it but cannot be read back. */
  public record Listing(List<ScenarioSpec> specs, List<Path> unreadable) {
    public Listing {
      specs = List.copyOf(specs);
      unreadable = List.copyOf(unreadable);
    }
  }

  /**
   * Writes every spec under {@code outDir}, or nothing at all when one file may not be replaced ({@code force}
   * replaces them) or two specs map to one file (then the second is {@link Overwrite#REFUSE_NOT_GENERATED}).
   * Files whose content is already the generated text are not touched.
   */
  public static List<FileOutcome> write(Path outDir, List<ScenarioSpec> specs, boolean force) {
    TreeMap<Path, String> texts = new TreeMap<>();
    List<FileOutcome> outcomes = new ArrayList<>();
    for (ScenarioSpec spec : specs) {
      Path file = outDir.resolve(spec.relativePath()).normalize();
      String text = ScenarioGenerator.generate(spec);
      if (texts.containsKey(file)) {
        outcomes.add(new FileOutcome(file, Overwrite.REFUSE_NOT_GENERATED));
        continue;
      }
      texts.put(file, text);
      outcomes.add(new FileOutcome(file, Overwrite.decide(read(file), text, force)));
    }
    if (outcomes.stream().noneMatch(o -> o.action().refused())) {
      for (FileOutcome o : outcomes) {
        if (o.action().writes()) {
          try {
            Files.createDirectories(o.file().getParent());
            Files.writeString(o.file(), texts.get(o.file()), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + o.file(), e);
          }
        }
      }
    }
    return outcomes;
  }

  /** The intact generated scenarios under {@code dir} that replay on {@code modelPath}, in path order. */
  public static Listing scenariosOf(Path dir, String modelPath) {
    List<ScenarioSpec> specs = new ArrayList<>();
    List<Path> unreadable = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return new Listing(specs, unreadable);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    for (Path file : files) {
      String text = read(file).orElse("");
      if (!Checksum.hasMarker(text)) {
        continue;
      }
      try {
        ScenarioSpec spec = ScenarioFile.parse(text);
        if (spec.modelPath().equals(modelPath)) {
          specs.add(spec);
        }
      } catch (ScenarioFile.NotAScenarioException e) {
        if (text.contains(modelPath)) {
          unreadable.add(file);
        }
      }
    }
    return new Listing(specs, unreadable);
  }

  private static Optional<String> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (java.nio.charset.CharacterCodingException e) {
      return Optional.of("\ufffd"); // not text rundown wrote: refused as someone else's file
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
