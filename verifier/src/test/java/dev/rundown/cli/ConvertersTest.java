package dev.rundown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rundown.pipeline.BoundOverride;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class ConvertersTest {
  private final Converters.TimeLimit time = new Converters.TimeLimit();

  @Test
  void durationsInUnitsAndIso() {
    assertEquals(Duration.ofSeconds(30), time.convert("30s"));
    assertEquals(Duration.ofMinutes(5), time.convert("5m"));
    assertEquals(Duration.ofMinutes(90), time.convert("1h30m"));
    assertEquals(Duration.ofMillis(1500), time.convert("1s500ms"));
    assertEquals(Duration.ofHours(2), time.convert("2H"));
    assertEquals(Duration.ofSeconds(30), time.convert("PT30S"));
    assertEquals(Duration.ofMinutes(90), time.convert("pt1h30m"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "30", "s", "5x", "0s", "0h0m", "-5s", "PT", "P-1D", "1.5h", "5 m"})
  void badDurationsAreRejected(String text) {
    assertThrows(TypeConversionException.class, () -> time.convert(text));
  }

  @Test
  void boundsAreKindEqualsInteger() {
    Converters.Bound bound = new Converters.Bound();
    assertEquals(new BoundOverride("Handle", 4), bound.convert("Handle=4"));
    assertEquals(new BoundOverride("_K2", 0), bound.convert("_K2=0"));
    assertEquals(new BoundOverride("K", -1), bound.convert("K=-1"));
    for (String bad : new String[] {"Handle", "=3", "Handle=", "Handle=x", "2K=3", "Handle=1=2", "K=12345678901"}) {
      assertThrows(TypeConversionException.class, () -> bound.convert(bad), bad);
    }
  }

  @Test
  void countsArePositive() {
    assertEquals(7L, new Converters.PositiveLong().convert("7"));
    assertThrows(TypeConversionException.class, () -> new Converters.PositiveLong().convert("0"));
    assertThrows(TypeConversionException.class, () -> new Converters.PositiveInt().convert("3000000000"));
  }
}
