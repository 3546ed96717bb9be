package dev.rundown.pipeline;

import dev.rundown.diag.DiagnosticCode;
import dev.rundown.diag.Diagnostics;
import dev.rundown.source.SourceFile;
import dev.rundown.source.Span;
import dev.rundown.syntax.ParseResult;
import dev.rundown.syntax.Parser;
import dev.rundown.syntax.ast.Decl;
import dev.rundown.syntax.ast.ModelFile;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds model files and reads them with their includes. Immutable and thread-safe (it keeps no state between
 * calls). Display paths are relative to the working directory, with forward slashes.
 *
 * <p>A directory argument means every {@code *.rundown} file under it, recursively, sorted by relative path,
 * except files inside a directory named {@code rules} below it: rule models are meant to be included, not run
 * on their own (name such a file, or the {@code rules} directory itself, to run it).
 */
public final class SourceLoader {
  /** Directories with this name hold rule models, which a directory walk does not run on their own. */
  public static final String RULES_DIRECTORY = "rules";

  /** Directories with this name hold models too slow or unfinished for the default corpus: run only when named. */
  public static final String WIP_DIRECTORY = "wip";

  private static final String EXTENSION = ".rundown";

  private final Path workingDirectory;
  private final Function<SourceFile, ParseResult> parser;

  public SourceLoader(Path workingDirectory, Function<SourceFile, ParseResult> parser) {
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    this.parser = parser;
  }

  /** A loader for the process's current directory and the real parser. */
  public static SourceLoader inWorkingDirectory() {
    return new SourceLoader(Path.of(""), Parser::parse);
  }

  /** The files named by {@code arguments} (files or directories, relative to the working directory). */
  public Expansion expand(List<String> arguments) {
    Diagnostics diagnostics = new Diagnostics();
    Set<Path> roots = new LinkedHashSet<>();
    for (String argument : arguments) {
      Path path = workingDirectory.resolve(argument).normalize();
      if (Files.isDirectory(path)) {
        List<Path> found = walk(path, diagnostics);
        if (found != null && found.isEmpty()) {
          diagnostics.error(DiagnosticCode.RD004, fileSpan(path), "no model file under " + display(path));
        } else if (found != null) {
          roots.addAll(found);
        }
      } else if (!Files.isRegularFile(path)) {
        diagnostics.error(DiagnosticCode.RD001, fileSpan(path), "no such file or directory: " + display(path));
      } else if (!path.getFileName().toString().endsWith(EXTENSION)) {
        diagnostics.error(
            DiagnosticCode.RD003, fileSpan(path), "not a " + EXTENSION + " file: " + display(path));
      } else {
        roots.add(path);
      }
    }
    return new Expansion(new ArrayList<>(roots), diagnostics.list());
  }

  /** Reads and parses {@code root} and, depth first, every file it includes (each once). */
  public LoadResult load(Path root) {
    Path path = workingDirectory.resolve(root).normalize();
    Diagnostics diagnostics = new Diagnostics();
    List<ModelFile> files = new ArrayList<>();
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      diagnostics.error(DiagnosticCode.RD001, fileSpan(path), "cannot read " + display(path));
      return new LoadResult(files, diagnostics.list());
    }
    SourceFile source = read(path, diagnostics);
    if (source != null) {
      new IncludeWalk(diagnostics, files).visit(path, source);
    }
    return new LoadResult(files, diagnostics.list());
  }

  /** {@code path} (absolute, or relative to the working directory) as a normalised absolute path. */
  public Path resolve(String path) {
    return workingDirectory.resolve(path).normalize();
  }

  /** {@code path} resolved against the working directory. */
  public Path resolve(Path path) {
    return workingDirectory.resolve(path).normalize();
  }

  /** {@code path} relative to the working directory with forward slashes, or absolute when not relativisable. */
  public String display(Path path) {
    Path absolute = workingDirectory.resolve(path).normalize();
    String shown;
    try {
      shown = workingDirectory.relativize(absolute).toString();
    } catch (IllegalArgumentException differentRoot) {
      shown = absolute.toString();
    }
    shown = shown.replace(File.separatorChar, '/');
    return shown.isEmpty() ? "." : shown;
  }

  /** The model files under {@code directory} in run order, or null after reporting RD001. */
  private List<Path> walk(Path directory, Diagnostics diagnostics) {
    try (Stream<Path> stream = Files.walk(directory)) {
      List<Path> files =
          stream
              .filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
              .filter(p -> !insideSkippedDirectory(directory.relativize(p)))
              .collect(Collectors.toList());
      files.sort(Comparator.comparing(p -> directory.relativize(p).toString().replace(File.separatorChar, '/')));
      return files;
    } catch (IOException | java.io.UncheckedIOException e) {
      diagnostics.error(DiagnosticCode.RD001, fileSpan(directory), "cannot list " + display(directory));
      return null;
    }
  }

  private static boolean insideSkippedDirectory(Path relative) {
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      String name = relative.getName(i).toString();
      if (name.equals(RULES_DIRECTORY) || name.equals(WIP_DIRECTORY)) {
        return true;
      }
    }
    return false;
  }

  /** The text of {@code path}, or null after reporting RD001 (unreadable) or RD002 (not UTF-8). */
  private SourceFile read(Path path, Diagnostics diagnostics) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      diagnostics.error(DiagnosticCode.RD001, fileSpan(path), "cannot read " + display(path));
      return null;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    String text = out.toString();
    if (result.isError()) {
      // Show the valid text before the bad byte, with the caret just after it.
      SourceFile prefix = new SourceFile(display(path), text);
      diagnostics.error(
          DiagnosticCode.RD002,
          new Span(prefix, text.length(), text.length()),
          "invalid UTF-8 at byte " + in.position() + " of " + display(path));
      return null;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new SourceFile(display(path), text);
  }

  /** A span naming a whole file that has no text to show (missing, unreadable, or a directory). */
  Span fileSpan(Path path) {
    return new Span(new SourceFile(display(path), ""), 0, 0);
  }

  /** One depth-first walk over the includes of a root file. Not thread-safe; one per {@link #load}. */
  private final class IncludeWalk {
    private final Diagnostics diagnostics;
    private final List<ModelFile> files;
    private final Set<Path> loaded = new LinkedHashSet<>();
    /** The include chain from the root to the file being visited: real path to display path. */
    private final Map<Path, String> chain = new LinkedHashMap<>();

    IncludeWalk(Diagnostics diagnostics, List<ModelFile> files) {
      this.diagnostics = diagnostics;
      this.files = files;
    }

    void visit(Path path, SourceFile source) {
      Path identity = identity(path);
      loaded.add(identity);
      chain.put(identity, source.path());
      ParseResult parsed = parser.apply(source);
      diagnostics.addAll(parsed.diagnostics());
      files.add(parsed.file());
      for (Decl decl : parsed.file().decls()) {
        if (decl instanceof Decl.Include include) {
          visitInclude(path, include);
        }
      }
      chain.remove(identity);
    }

    private void visitInclude(Path from, Decl.Include include) {
      Path target;
      try {
        target = from.resolveSibling(include.path()).normalize();
      } catch (java.nio.file.InvalidPathException e) {
        diagnostics.error(DiagnosticCode.RD007, include.span(), "bad include path \"" + include.path() + "\"");
        return;
      }
      if (!Files.isRegularFile(target) || !Files.isReadable(target)) {
        diagnostics.error(DiagnosticCode.RD007, include.span(), "cannot read included file " + display(target));
        return;
      }
      Path identity = identity(target);
      if (chain.containsKey(identity)) {
        List<String> cycle = new ArrayList<>();
        boolean inCycle = false;
        for (Map.Entry<Path, String> link : chain.entrySet()) {
          inCycle |= link.getKey().equals(identity);
          if (inCycle) {
            cycle.add(link.getValue());
          }
        }
        cycle.add(chain.get(identity));
        diagnostics.error(DiagnosticCode.RD006, include.span(), "include cycle: " + String.join(" -> ", cycle));
        return;
      }
      if (loaded.contains(identity)) {
        return;
      }
      SourceFile source = read(target, diagnostics);
      if (source != null) {
        visit(target, source);
      }
    }

    /** The real path when it can be had (so links and {@code ..} name one file once), else the normalised one. */
    private Path identity(Path path) {
      try {
        return path.toRealPath();
      } catch (IOException e) {
        return path.toAbsolutePath().normalize();
      }
    }
  }
}
