/** How settings are stored (the channel map as JSON) and checked before they are. */
package com.duskspendr.notifications.preferences.control;
