package com.duskspendr.web.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RatePolicyTest {

  @Test
  void parsesQuotaAndWindowAndNamesItInTheHeaderSyntax() {
    RatePolicy policy = RatePolicy.parse("user-read", " 600 / PT1M ");
    assertEquals(600, policy.quota());
    assertEquals(Duration.ofMinutes(1), policy.window());
    assertEquals("\"user-read\";q=600;w=60", policy.policyItem());
  }

  @Test
  void refusesWhatIsNotABudget() {
    for (String bad : new String[] {"600", "x/PT1M", "600/1m", "0/PT1M", "10/PT0S", "10/PT0.5S", "10/PT2H", "", "/"}) {
      assertThrows(IllegalArgumentException.class, () -> RatePolicy.parse("p", bad), bad);
    }
  }

  @Test
  void settingsFallBackToTheDocumentedDefaultsAndNameTheKeyOfABadValue() {
    RateLimitSettings defaults = new RateLimitSettings(key -> Optional.empty());
    assertTrue(defaults.enabled());
    assertEquals(RatePolicy.parse("user-auth", "30/PT1M"), defaults.perUser(RouteClass.AUTH));
    assertEquals(RatePolicy.parse("address-read", "12000/PT1M"), defaults.perAddress(RouteClass.READ));

    Map<String, String> values = Map.of("duskspendr.ratelimit.write.per-user", "5/PT10S", "duskspendr.ratelimit.enabled", "false");
    RateLimitSettings configured = new RateLimitSettings(key -> Optional.ofNullable(values.get(key)));
    assertEquals(5, configured.perUser(RouteClass.WRITE).quota());
    assertEquals(false, configured.enabled());

    var thrown = assertThrows(IllegalArgumentException.class,
        () -> new RateLimitSettings(key -> key.endsWith("read.per-address") ? Optional.of("lots") : Optional.empty()));
    assertTrue(thrown.getMessage().startsWith("duskspendr.ratelimit.read.per-address"), thrown.getMessage());
  }
}
