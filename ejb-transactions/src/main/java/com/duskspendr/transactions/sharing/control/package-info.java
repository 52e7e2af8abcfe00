/**
 * Mechanisms behind the shared-expense use cases: the exact split arithmetic ({@code Splits}), the
 * settle-up planner ({@code SettleUp}), input validation, membership checks, the bridge to the members'
 * ledgers and the events.
 */
package com.duskspendr.transactions.sharing.control;
