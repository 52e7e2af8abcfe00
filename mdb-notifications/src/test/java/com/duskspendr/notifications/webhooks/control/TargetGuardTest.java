package com.duskspendr.notifications.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetGuardTest {

  private final TargetGuard guard = new TargetGuard(false);

  @Test
  void loopbackPrivateLinkLocalAndMetadataAddressesAreRefused() {
    for (String url : new String[] {
        "https://127.0.0.1/hook", "https://127.10.20.30/", "https://169.254.169.254/latest/meta-data/",
        "https://10.1.2.3/", "https://172.16.0.1/", "https://192.168.1.1/", "https://100.64.0.1/",
        "https://0.0.0.0/", "https://[::1]/", "https://[fe80::1]/", "https://[fd00::1]/",
        "https://[::ffff:127.0.0.1]/", "https://[::ffff:169.254.169.254]/", "https://localhost/", "https://224.0.0.1/"}) {
      Optional<String> refusal = guard.refusal(url);
      assertTrue(refusal.isPresent(), url);
      assertTrue(refusal.get().contains("loopback, private, link-local or metadata"), url + ": " + refusal.get());
    }
  }

  @Test
  void aPublicAddressOverHttpsIsAccepted() {
    assertEquals(Optional.empty(), guard.refusal("https://93.184.215.14/webhooks/duskspendr?x=1"));
    assertEquals(Optional.empty(), guard.refusal("https://[2606:4700:4700::1111]:8443/hook"));
  }

  @Test
  void onlyHttpsWithAHostAndNoUserInfo() {
    assertEquals(Optional.of("must be an https URL"), guard.refusal("http://93.184.215.14/"));
    assertEquals(Optional.of("must be an https URL"), guard.refusal("ftp://93.184.215.14/"));
    assertEquals(Optional.of("must be an https URL"), guard.refusal("/relative"));
    assertEquals(Optional.of("must not carry user info"), guard.refusal("https://user:pw@93.184.215.14/"));
    assertEquals(Optional.of("is not a URL"), guard.refusal("https://exa mple.com/"));
    assertEquals(Optional.of("must name a host"), guard.refusal("https:///path"));
  }

  @Test
  void aNameThatDoesNotResolveIsRefused() {
    assertEquals(Optional.of("names a host that does not resolve"), guard.refusal("https://no-such-host.invalid/"));
  }

  @Test
  void allowingPrivateTargetsLiftsTheAddressChecksAndAllowsHttp() {
    TargetGuard open = new TargetGuard(true);
    assertEquals(Optional.empty(), open.refusal("http://127.0.0.1:8089/hook"));
    assertEquals(Optional.empty(), open.refusal("https://169.254.169.254/"));
    assertEquals(Optional.of("must be an https URL"), open.refusal("ftp://127.0.0.1/"));
  }

  @Test
  void anAllowedOriginIsLetThroughAndNothingElse() {
    TargetGuard narrow = new TargetGuard(false, java.util.List.of("http://127.0.0.1:8089"));
    assertEquals(Optional.empty(), narrow.refusal("http://127.0.0.1:8089/hooks/1"));
    assertTrue(narrow.refusal("http://127.0.0.1:8090/hooks/1").isPresent(), "another port");
    assertTrue(narrow.refusal("http://127.0.0.1/hooks/1").isPresent(), "the default port");
    assertTrue(narrow.refusal("https://127.0.0.1:8089/hooks/1").isPresent(), "another scheme");
    assertTrue(narrow.refusal("http://169.254.169.254/latest/meta-data/").isPresent());
  }
}
