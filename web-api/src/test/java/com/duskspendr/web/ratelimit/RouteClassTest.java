package com.duskspendr.web.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RouteClassTest {

  @Test
  void authRoutesAreTheirOwnClassWhateverTheMethod() {
    assertEquals(RouteClass.AUTH, RouteClass.of("POST", "v1/auth/login"));
    assertEquals(RouteClass.AUTH, RouteClass.of("GET", "/v1/auth/sessions"));
  }

  @Test
  void wholeFileWorkIsExpensiveOnlyWhenItChangesSomething() {
    assertEquals(RouteClass.EXPENSIVE, RouteClass.of("POST", "v1/transactions/import"));
    assertEquals(RouteClass.EXPENSIVE, RouteClass.of("POST", "v1/ai/categorize/batch"));
    assertEquals(RouteClass.EXPENSIVE, RouteClass.of("POST", "v1/exports"));
    assertEquals(RouteClass.READ, RouteClass.of("GET", "v1/exports/42"));
  }

  @Test
  void everythingElseIsAReadOrAWrite() {
    assertEquals(RouteClass.READ, RouteClass.of("GET", "v1/transactions"));
    assertEquals(RouteClass.READ, RouteClass.of("HEAD", "v1/transactions"));
    assertEquals(RouteClass.WRITE, RouteClass.of("POST", "v1/transactions"));
    assertEquals(RouteClass.WRITE, RouteClass.of("DELETE", "v1/transactions/1"));
    assertEquals(RouteClass.WRITE, RouteClass.of("PATCH", "v1/authors"));
  }
}
