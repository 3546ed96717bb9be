package dev.rundown.cli;

import dev.rundown.pipeline.BoundOverride;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli converters for rundown's option values; a value they reject is a usage error (exit 2). Stateless.
 */
final class Converters {
  private Converters() {}

  /** {@code KIND=N}: a kind name and an integer (RD302 later rejects N &lt; 1 with a diagnostic). */
  static final class Bound implements ITypeConverter<BoundOverride> {
    private static final Pattern FORM = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(-?[0-9]{1,9})");

    @Override
    public BoundOverride convert(String value) {
      Matcher m = FORM.matcher(value.trim());
      if (!m.matches()) {
        throw new TypeConversionException("'" + value + "' is not KIND=N (for example Handle=3)");
      }
      return new BoundOverride(m.group(1), Integer.parseInt(m.group(2)));
    }
  }

  /** A positive count such as {@code 1000000}. */
  static final class PositiveLong implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        long n = Long.parseLong(value.trim());
        if (n >= 1) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new TypeConversionException("'" + value + "' is not a positive integer");
    }
  }

  /** A positive instance count such as {@code 3}. */
  static final class PositiveInt implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      long n = new PositiveLong().convert(value);
      if (n > Integer.MAX_VALUE) {
        throw new TypeConversionException("'" + value + "' is too large");
      }
      return (int) n;
    }
  }

  /** A count that may be zero, such as {@code 0} or {@code 2000}. */
  static final class NonNegativeInt implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return value.trim().equals("0") ? 0 : new PositiveInt().convert(value);
    }
  }

  /** A positive duration: {@code 30s}, {@code 5m}, {@code 1h30m}, {@code 500ms}, or ISO-8601 {@code PT30S}. */
  static final class TimeLimit implements ITypeConverter<Duration> {
    private static final Pattern WHOLE = Pattern.compile("([0-9]{1,9}(ms|h|m|s))+");
    private static final Pattern PART = Pattern.compile("([0-9]{1,9})(ms|h|m|s)");

    @Override
    public Duration convert(String value) {
      String text = value.trim().toLowerCase(Locale.ROOT);
      Duration duration = text.startsWith("p") ? iso(value) : units(text, value);
      if (duration.isZero() || duration.isNegative()) {
        throw new TypeConversionException("'" + value + "' is not a positive duration");
      }
      return duration;
    }

    private static Duration iso(String value) {
      try {
        return Duration.parse(value.trim().toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a duration such as 30s, 5m, 1h30m or PT30S");
      }
    }

    private static Duration units(String text, String value) {
      if (!WHOLE.matcher(text).matches()) {
        throw new TypeConversionException("'" + value + "' is not a duration such as 30s, 5m, 1h30m or PT30S");
      }
      Duration total = Duration.ZERO;
      Matcher m = PART.matcher(text);
      while (m.find()) {
        long n = Long.parseLong(m.group(1));
        switch (m.group(2)) {
          case "h":
            total = total.plusHours(n);
            break;
          case "m":
            total = total.plusMinutes(n);
            break;
          case "s":
            total = total.plusSeconds(n);
            break;
          default:
            total = total.plusMillis(n);
            break;
        }
      }
      return total;
    }
  }
}
