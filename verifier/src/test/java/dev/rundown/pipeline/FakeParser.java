package dev.rundown.pipeline;

import dev.rundown.diag.Diagnostic;
import dev.rundown.diag.DiagnosticCode;
import dev.rundown.source.SourceFile;
import dev.rundown.source.Span;
import dev.rundown.syntax.ParseResult;
import dev.rundown.syntax.ast.Decl;
import dev.rundown.syntax.ast.Ident;
import dev.rundown.syntax.ast.ModelFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in parser for loader tests: understands only {@code model NAME}, {@code include "path"} and a line
 * {@code syntax error}, so the loader is tested without the real parser.
 */
final class FakeParser {
  private static final Pattern MODEL = Pattern.compile("(?m)^model (\\w+)");
  private static final Pattern INCLUDE = Pattern.compile("include \"([^\"]*)\"");
  private static final Pattern ERROR = Pattern.compile("syntax error");

  private FakeParser() {}

  static ParseResult parse(SourceFile file) {
    Ident name = null;
    Matcher model = MODEL.matcher(file.text());
    if (model.find()) {
      name = new Ident(model.group(1), new Span(file, model.start(1), model.end(1)));
    }
    List<Decl> decls = new ArrayList<>();
    Matcher include = INCLUDE.matcher(file.text());
    while (include.find()) {
      decls.add(new Decl.Include(include.group(1), new Span(file, include.start(), include.end())));
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    Matcher error = ERROR.matcher(file.text());
    if (error.find()) {
      diagnostics.add(Diagnostic.error(DiagnosticCode.RD104, new Span(file, error.start(), error.end()), "error"));
    }
    Span all = new Span(file, 0, file.text().length());
    return new ParseResult(new ModelFile(file, name, List.of(), decls, all), diagnostics);
  }
}
