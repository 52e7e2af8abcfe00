package com.duskspendr.web.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "mobile-req-123", "ABC.def_ghi:jkl-0", "0123456789012345678901234567890123456789012345678901234567890123"})
  void safeShortIdsAreAccepted(String id) {
    assertEquals(Optional.of(id), RequestIds.accept(id));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
    "bad id with spaces", "<script>", "line\nbreak", "tab\t", "a/b", "quote\"", "ümlaut",
    "01234567890123456789012345678901234567890123456789012345678901234"})
  void anythingElseIsRefused(String id) {
    assertEquals(Optional.empty(), RequestIds.accept(id));
  }

  @Test
  void aRefusedHeaderGetsAFreshUuid() {
    String id = RequestIds.fromHeader("bad id");
    assertEquals(id, UUID.fromString(id).toString());
  }

  @Test
  void anAcceptableHeaderIsKept() {
    assertEquals("client-42", RequestIds.fromHeader("client-42"));
  }

  @Test
  void generatedIdsDifferAndAreThemselvesAcceptable() {
    String first = RequestIds.generate();
    String second = RequestIds.generate();
    assertNotEquals(first, second);
    assertTrue(RequestIds.accept(first).isPresent());
  }
}
