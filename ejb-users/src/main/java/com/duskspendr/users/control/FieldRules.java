package com.duskspendr.users.control;

/** Limits shared by the validator, the defaulting of new profiles and the migration's column sizes. */
final class FieldRules {

  static final int DISPLAY_NAME_MAX = 100;
  static final int AVATAR_URL_MAX = 2048;
  // RFC 5646 asks implementations to support tags of at least 35 characters; the column holds exactly that.
  static final int LOCALE_MAX = 35;

  private FieldRules() {}

  /** Line breaks and other control characters would corrupt notifications and exported reports. */
  static boolean isForbiddenInText(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isISOControl(codePoint)
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  static int lengthOf(String text) {
    return text.codePointCount(0, text.length());
  }
}
