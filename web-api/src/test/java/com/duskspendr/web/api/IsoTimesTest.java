package com.duskspendr.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written formatting must agree with the formatter JSON-B used, for every kind of value. */
class IsoTimesTest {

  @Test
  void agreesWithTheIsoFormatterOnRandomTimes() {
    SplittableRandom random = new SplittableRandom(11);
    int[] nanoSteps = {0, 1, 1_000, 1_000_000, 100_000_000};
    for (int i = 0; i < 100_000; i++) {
      int step = nanoSteps[random.nextInt(nanoSteps.length)];
      int nano = step == 0 ? 0 : random.nextInt(1_000_000_000 / step) * step;
      ZoneOffset offset = random.nextInt(3) == 0 ? ZoneOffset.UTC
          : ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 3600, 18 * 3600 + 1) / 15 * 15);
      OffsetDateTime time = OffsetDateTime.of(random.nextInt(-20, 10_030), 1 + random.nextInt(12),
          1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60), nano, offset);
      assertEquals(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time), IsoTimes.format(time));
      LocalDate date = time.toLocalDate();
      assertEquals(DateTimeFormatter.ISO_LOCAL_DATE.format(date), IsoTimes.format(date));
    }
  }

  @Test
  void writesWhatClientsAlreadyRead() {
    assertEquals("2024-06-02T06:15:30.5Z", IsoTimes.format(OffsetDateTime.parse("2024-06-02T08:15:30.5+02:00")
        .withOffsetSameInstant(ZoneOffset.UTC)));
    assertEquals("0999-01-02T00:00:00+01:00", IsoTimes.format(OffsetDateTime.parse("0999-01-02T00:00+01:00")));
  }
}
