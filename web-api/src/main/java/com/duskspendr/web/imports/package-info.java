/** Bank statement import: {@code POST /api/v1/transactions/import} (CSV, OFX, QFX). */
package com.duskspendr.web.imports;
