"""Groovy 2.4's number tower (Integer, Long, BigInteger, BigDecimal, Double, Float) as pure functions."""
