/** The chunk steps' @Named readers, processors and writers, and the listeners. */
package com.duskspendr.analytics.jobs.control;
