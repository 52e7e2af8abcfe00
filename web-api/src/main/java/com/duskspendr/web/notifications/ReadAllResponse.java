package com.duskspendr.web.notifications;

/** {@code POST /notifications/read-all}: how many notifications were unread. */
public record ReadAllResponse(int marked) {}
