/**
 * Message-driven beans (named *Consumer); they only delegate.
 */
package com.duskspendr.notifications.boundary;
