package com.duskspendr.users.control;

import com.duskspendr.users.boundary.NotificationPreferences;
import com.duskspendr.users.boundary.Preferences;
import java.time.DayOfWeek;

/**
 * The preferences every new profile starts with. The one place they are defined: the migration
 * deliberately has no column defaults, so the database cannot disagree with this class.
 */
public final class ProfileDefaults {

  public static final String CURRENCY = "USD";
  public static final String LOCALE = "en-US";
  public static final String TIMEZONE = "UTC";
  public static final DayOfWeek WEEK_STARTS_ON = DayOfWeek.MONDAY;

  /** Everything on except SMS, which may cost the user money. */
  public static final NotificationPreferences NOTIFICATIONS =
      new NotificationPreferences(true, true, false, true, true, true);

  public static final Preferences PREFERENCES =
      new Preferences(CURRENCY, LOCALE, TIMEZONE, WEEK_STARTS_ON, NOTIFICATIONS);

  private ProfileDefaults() {}
}
