package dev.rundown.diag;

/**
 * The catalogue of stable diagnostic codes; a code never changes meaning once published.
 * RD0xx files, RD1xx syntax, RD2xx names and types, RD3xx bounds and options.
 */
public enum DiagnosticCode {
  RD001("file not found or not readable"),
  RD002("file is not valid UTF-8 text"),
  RD003("not a .rundown file or directory"),
  RD004("no model file found in directory"),
  RD006("include cycle"),
  RD007("included file not found"),
  RD020("a generated scenario would replace a file rundown did not write, or one edited since"),
  RD021("no generated scenario to promote"),

  RD101("unexpected character"),
  RD102("unterminated string or comment"),
  RD103("malformed rule id"),
  RD104("unexpected token"),
  RD105("integer literal out of range"),

  RD201("unknown name"),
  RD202("duplicate declaration"),
  RD203("type mismatch"),
  RD204("unknown field"),
  RD205("unknown actor"),
  RD206("unknown rule id"),
  RD207("wrong number of arguments or results"),
  RD208("callback has no body"),
  RD209("expect names an unknown property"),
  RD210("statement not allowed here"),
  RD211("empty or inverted integer range"),
  RD212("reference field must be optional"),
  RD213("recursive call"),
  RD214("ambiguous enum value"),
  RD215("initial value is not a constant of the field's type"),
  RD216("not assignable"),
  RD217("duplicate callback body"),
  RD218("body for an unknown callback"),
  RD219("missing model header"),
  RD220("expect given twice for one property"),
  RD221("not a kind"),
  RD222("multi-step operation called from an atomic context"),
  RD230("fixed by outside a design's root file, or given twice"),
  RD231("fixed-by design not found"),
  RD232("fixed-by design does not include the same rule model"),

  RD301("unknown kind in bound"),
  RD302("bound must be a positive integer");

  private final String summary;

  DiagnosticCode(String summary) {
    this.summary = summary;
  }

  public String summary() {
    return summary;
  }
}
