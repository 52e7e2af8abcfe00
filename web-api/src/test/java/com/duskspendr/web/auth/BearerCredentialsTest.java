package com.duskspendr.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BearerCredentialsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Bearer abc.DEF-ghi_~+/9|abc.DEF-ghi_~+/9",
      "bearer abc|abc",
      "BEARER abc|abc",
      "'bEaReR    abc==  '|abc==",
      "Bearer a=|a="})
  void readsTheTokenWhateverTheSchemesCaseAndSpacing(String header, String token) {
    assertEquals(Optional.of(token), BearerCredentials.tokenOf(header));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {
      "", "Bearer", "Bearer ", "Bearerabc", "Basic abc", "Bearer =abc", "Bearer ===", "Bearer abc def",
      "Bearer abc=d", "Bearer ab\tc", "Bearer abc\u0000", " Bearer abc", "Bearer ab,c", "Bearer äbc"})
  void refusesAnythingElse(String header) {
    assertEquals(Optional.empty(), BearerCredentials.tokenOf(header));
  }

  @ParameterizedTest
  @ValueSource(ints = {BearerCredentials.MAX_TOKEN_LENGTH - 7, BearerCredentials.MAX_TOKEN_LENGTH - 6})
  void refusesHeadersLongerThanAnyTokenOfOurs(int tokenLength) {
    String header = "Bearer " + "a".repeat(tokenLength);
    boolean fits = header.length() <= BearerCredentials.MAX_TOKEN_LENGTH;
    assertEquals(fits, BearerCredentials.tokenOf(header).isPresent());
  }
}
