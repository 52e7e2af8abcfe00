/**
 * Black-box API tests: they drive the running system (started by the same launcher as the run command)
 * over HTTP, as the mobile app or an integrator would, and know nothing of its insides.
 */
package com.duskspendr.web.blackbox;
