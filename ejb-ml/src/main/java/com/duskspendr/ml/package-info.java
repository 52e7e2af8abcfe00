/**
 * Machine-learning bounded context: OpenNLP categorization and insights. Filled by the categorization issue.
 */
package com.duskspendr.ml;
