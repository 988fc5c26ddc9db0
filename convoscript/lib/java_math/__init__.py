"""java.math classes: BigDecimal, BigInteger, RoundingMode, MathContext."""
