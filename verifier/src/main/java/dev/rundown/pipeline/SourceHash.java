package dev.rundown.pipeline;

import dev.rundown.syntax.ast.ModelFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash that ties a generated scenario to the model sources it was made from: SHA-256 over the text of
 * the root file and every file it includes, in load order, line endings normalised to {@code \n}, so a
 * checkout on any platform gives the same hash. Stateless.
 */
public final class SourceHash {
  private SourceHash() {}

  /** {@code sha256:} and 64 hex digits. */
  public static String of(List<ModelFile> files) {
    MessageDigest digest = sha256();
    for (ModelFile f : files) {
      byte[] text = f.file().text().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
      digest.update(Integer.toString(text.length).getBytes(StandardCharsets.US_ASCII));
      digest.update((byte) 0);
      digest.update(text);
    }
    return "sha256:" + HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
