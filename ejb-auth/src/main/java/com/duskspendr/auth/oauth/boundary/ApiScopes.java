package com.duskspendr.auth.oauth.boundary;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The scopes an OAuth client may be granted, with what the consent page tells the user about each.
 * Constants, so that resources can name them in annotations. A first-party (mobile) token has no scope
 * claim and full access.
 */
public final class ApiScopes {

  public static final String TRANSACTIONS_READ = "transactions:read";
  public static final String TRANSACTIONS_WRITE = "transactions:write";
  public static final String BUDGETS_READ = "budgets:read";
  public static final String BUDGETS_WRITE = "budgets:write";
  public static final String ANALYTICS_READ = "analytics:read";
  public static final String PROFILE_READ = "profile:read";

  /** Every scope, in the order the consent page lists them, with its description for the user. */
  public static final Map<String, String> DESCRIPTIONS = descriptions();

  public static final Set<String> ALL = DESCRIPTIONS.keySet();

  private ApiScopes() {}

  public static boolean isKnown(String scope) {
    return DESCRIPTIONS.containsKey(scope);
  }

  private static Map<String, String> descriptions() {
    Map<String, String> all = new LinkedHashMap<>();
    all.put(TRANSACTIONS_READ, "See your transactions and statement imports");
    all.put(TRANSACTIONS_WRITE, "Add, change and delete your transactions");
    all.put(BUDGETS_READ, "See your budgets, categories and merchant rules");
    all.put(BUDGETS_WRITE, "Change your budgets, categories and merchant rules");
    all.put(ANALYTICS_READ, "See your spending analytics, reports and insights");
    all.put(PROFILE_READ, "See your profile");
    return java.util.Collections.unmodifiableMap(all);
  }
}
