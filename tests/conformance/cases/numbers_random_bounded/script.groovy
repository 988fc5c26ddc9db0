// JDK 17 bounded Random.nextLong/nextDouble/nextFloat and new BigInteger(numBits, rnd)
def t(String id, Closure c) { try { def r = c.call(); println id + ": " + r.inspect() + " (" + r.getClass().getSimpleName() + ")" } catch (Throwable e) { println id + " !! " + e.getClass().getSimpleName() + ": " + e.getMessage()?.readLines()?.getAt(0) } }
def r = new Random(42L)
t("1") { r.nextDouble(0.0d) }
t("2") { r.nextDouble(1e308d) }
t("3") { r.nextDouble(2.5d) }
t("4") { r.nextDouble(-1.5d, 1e308d) }
t("5") { r.nextDouble(2.5d, 1.0d) }
t("6") { r.nextFloat(3.4E38f) }
t("7") { r.nextFloat(1.5f) }
t("8") { r.nextFloat(-2.0f, 3.4E38f) }
t("9") { r.nextFloat(1.5f, 2.5f) }
t("10") { r.nextLong(9223372036854775807L) }
t("11") { r.nextLong(5L) }
t("12") { r.nextLong(-1L, 9223372036854775807L) }
t("13") { r.nextLong(-9223372036854775807L, 9223372036854775807L) }
t("14") { r.nextLong(8L) }
t("15") { r.nextLong(5) }
t("16") { r.nextDouble(3) }
t("17") { r.nextFloat(2) }
t("18") { r.nextFloat(2.5d) }
t("19") { r.nextLong(0L) }
t("20") { r.nextLong(3L, 3L) }
t("21") { r.nextDouble(Double.NaN) }
t("22") { r.nextLong(10L, 20L) }
t("23") { r.nextDouble(10.0d, 20.0d) }
t("24") { r.nextInt() }
t("25") { new BigInteger(20, r) }
t("26") { new BigInteger(0, r) }
t("27") { new BigInteger(-1, r) }
t("28") { new BigInteger(100, r) }
t("29") { r.nextInt() }
