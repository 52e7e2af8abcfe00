/**
 * What starts deliveries: the sweeper every instance runs (a timer, woken after each commit that planned
 * deliveries), and auth's {@code AccountMail} sent as real mail.
 */
package com.duskspendr.notifications.delivery.boundary;
