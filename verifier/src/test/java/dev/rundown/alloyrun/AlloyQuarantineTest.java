package dev.rundown.alloyrun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Only {@code AlloyApi} refers to the Alloy, Kodkod or slf4j packages among the main sources. */
class AlloyQuarantineTest {
  private static final Pattern ALLOY = Pattern.compile("\\b(edu\\.mit\\.csail|kodkod\\.|org\\.slf4j|org\\.sat4j|org\\.alloytools)");

  @Test
  void onlyAlloyApiTouchesTheAlloyApi() throws IOException {
    Path main = AlloyModels.REPO.resolve("verifier/src/main/java");
    try (Stream<Path> files = Files.walk(main)) {
      List<String> users = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> {
            try {
              return ALLOY.matcher(Files.readString(p)).find();
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .map(p -> main.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
      assertEquals(List.of("dev/rundown/alloyrun/AlloyApi.java"), users);
    }
  }
}
