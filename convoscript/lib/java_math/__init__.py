"""java.math classes: MathContext and the BigDecimal operations that take one."""
