package dev.rundown.check;

import dev.rundown.syntax.ast.Decl;
import dev.rundown.syntax.ast.ModelFile;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Orders the declarations of a root file and its includes textually: each included file's declarations are
 * spliced in at its first {@code include}. Stateless; pure string handling of paths (no file system access).
 */
final class IncludeSplicer {
  private final List<ModelFile> files;
  private final boolean[] spliced;
  private final List<Decl> out = new ArrayList<>();

  private IncludeSplicer(List<ModelFile> files) {
    this.files = files;
    this.spliced = new boolean[files.size()];
  }

  /** The declarations in textual-inclusion order; includes whose file is absent are dropped. */
  static List<Decl> splice(List<ModelFile> files) {
    IncludeSplicer s = new IncludeSplicer(files);
    s.visit(0);
    for (int i = 1; i < files.size(); i++) {
      if (!s.spliced[i]) {
        s.visit(i);
      }
    }
    return List.copyOf(s.out);
  }

  private void visit(int index) {
    spliced[index] = true;
    ModelFile file = files.get(index);
    for (Decl d : file.decls()) {
      if (d instanceof Decl.Include inc) {
        int target = find(file, inc.path());
        if (target >= 0 && !spliced[target]) {
          visit(target);
        }
      } else {
        out.add(d);
      }
    }
  }

  /**
   * The included file: by normalized path relative to the includer, else by file name, else the first file
   * not yet spliced (the pipeline lists includes in first-mention order).
   */
  private int find(ModelFile includer, String include) {
    String wanted = normalize(includer.file().path(), include);
    for (int i = 1; i < files.size(); i++) {
      if (normalize(files.get(i).file().path(), null).equals(wanted)) {
        return i;
      }
    }
    String name = lastSegment(include);
    int byName = -1;
    for (int i = 1; i < files.size(); i++) {
      if (lastSegment(files.get(i).file().path()).equals(name)) {
        if (byName >= 0) {
          byName = -2;
          break;
        }
        byName = i;
      }
    }
    if (byName >= 0) {
      return byName;
    }
    for (int i = 1; i < files.size(); i++) {
      if (!spliced[i]) {
        return i;
      }
    }
    return -1;
  }

  private static String normalize(String base, String relative) {
    try {
      Path p = Path.of(base);
      if (relative != null) {
        p = p.resolveSibling(relative);
      }
      return p.normalize().toString().replace('\\', '/');
    } catch (InvalidPathException e) {
      return relative == null ? base : relative;
    }
  }

  private static String lastSegment(String path) {
    String p = path.replace('\\', '/');
    return p.substring(p.lastIndexOf('/') + 1);
  }
}
