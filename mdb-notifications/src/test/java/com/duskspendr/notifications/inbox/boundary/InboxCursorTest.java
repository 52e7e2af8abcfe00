package com.duskspendr.notifications.inbox.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.duskspendr.platform.failure.InvalidInputException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InboxCursorTest {

  @Test
  void aCursorRoundTripsToTheMicrosecond() {
    InboxCursor cursor = new InboxCursor(OffsetDateTime.parse("2026-12-03T10:15:30.123456Z"), UUID.randomUUID());
    assertEquals(cursor, InboxCursor.decode(cursor.encode()));
  }

  @Test
  void anythingElseIsInvalidInputNamingTheCursor() {
    for (String junk : new String[] {"not-a-cursor", "", "%%%", "MTIzOm5vdC1hLXV1aWQ"}) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> InboxCursor.decode(junk));
      assertEquals("cursor", e.issues().get(0).field());
    }
  }

  @Test
  void limitsAndFlagsAreChecked() {
    assertEquals(20, DefaultInboxService.limit(null));
    assertEquals(100, DefaultInboxService.limit("100"));
    assertThrows(InvalidInputException.class, () -> DefaultInboxService.limit("0"));
    assertThrows(InvalidInputException.class, () -> DefaultInboxService.limit("101"));
    assertThrows(InvalidInputException.class, () -> DefaultInboxService.limit("1e2"));
    assertThrows(InvalidInputException.class, () -> DefaultInboxService.flag("yes"));
    assertEquals(true, DefaultInboxService.flag("true"));
    assertEquals(false, DefaultInboxService.flag(null));
  }
}
