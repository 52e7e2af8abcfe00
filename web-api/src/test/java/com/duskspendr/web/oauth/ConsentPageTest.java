package com.duskspendr.web.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConsentPageTest {

  @Test
  void aClientNameCannotBreakOutOfTextOrAttributes() {
    assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
        ConsentPage.escape("<script>alert('x')</script> & \"q\""));
    assertEquals("", ConsentPage.escape(null));
  }
}
