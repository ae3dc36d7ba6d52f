package org.tongban.catalog;

import java.math.BigDecimal;

/** The fee in yuan (zero for free items) and the document it rests on. */
public record Fee(BigDecimal amount, String basis) {
}
