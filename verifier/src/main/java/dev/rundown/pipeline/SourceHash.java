package dev.rundown.pipeline;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import dev.rundown.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The hash recorded with a counterexample so that a stale one can be told: SHA-256 over the texts of a model's
 * root file and its includes in load order (each preceded by its length, so boundaries count), shown as
 * {@code sha256:<hex>}. Paths are not hashed, so moving a model tree keeps its hash. Stateless.
 */
public final class SourceHash {
  private SourceHash() {}

  public static String of(List<SourceFile> files) {
    Hasher hasher = Hashing.sha256().newHasher();
    for (SourceFile file : files) {
      byte[] text = file.text().getBytes(StandardCharsets.UTF_8);
      hasher.putInt(text.length).putBytes(text);
    }
    return "sha256:" + hasher.hash();
  }
}
