// Math overloads as Groovy 2.4 picks them (float, BigInteger to int, ambiguity), pow special cases, StrictMath.cbrt, trunc signs
def t(String id, Closure c) { try { def r = c.call(); println id + ": " + r + " (" + r.getClass().getSimpleName() + ")" } catch (Throwable e) { println id + " !! " + e.getClass().getSimpleName() + ": " + e.getMessage() } }
t("a1") { Math.abs(-1.5f) }
t("a2") { Math.abs(3) }
t("a3") { Math.abs(-0.0f) }
t("a4") { Math.abs(1.5G) }
t("a5") { Math.abs(2G) }
t("m1") { Math.max(1.5f, 2.5f) }
t("m2") { Math.max(1.5f, 2) }
t("m3") { Math.max(1, 2.5f) }
t("m4") { Math.max(1L, 2.5f) }
t("m5") { Math.max(1.5f, 2d) }
t("m6") { Math.min(-0.0f, 0.0f) }
t("m7") { Math.max(-0.0f, 0.0f) }
t("m8") { Math.max(-0.0d, 0.0d) }
t("m9") { Math.min(-0.0d, 0.0d) }
t("m10") { Math.min(Float.NaN, 1f) }
t("m11") { Math.max(1.5f, 2G) }
t("m12") { Math.max(1, 2G) }
t("s1") { Math.signum(2.5f) }
t("s2") { Math.signum(-0.0f) }
t("s3") { Math.signum(2) }
t("s4") { Math.signum(2L) }
t("f1") { Math.floorMod(-1L, 3) }
t("f2") { Math.floorMod(-1, 3L) }
t("f3") { Math.floorDiv(-1L, 3) }
t("f4") { Math.floorDiv(-1, 3L) }
t("f5") { Math.floorMod(-1, 3) }
t("p1") { Math.pow(0.0d, -1.5d) }
t("p2") { Math.pow(-0.0d, -1d) }
t("p3") { Math.pow(-0.0d, -2d) }
t("p4") { Math.pow(1d, Double.NaN) }
t("p5") { Math.pow(-1d, Double.POSITIVE_INFINITY) }
t("p6") { Math.pow(-8d, 1d/3) }
t("p7") { Math.pow(-2d, 1e308) }
t("p8") { Math.pow(-2d, 3d) }
t("p9") { Math.pow(-1e300, 3d) }
t("p10") { Math.pow(Double.NEGATIVE_INFINITY, -3d) }
t("p11") { Math.pow(Double.NEGATIVE_INFINITY, 3d) }
t("p12") { Math.pow(-0.0d, 3d) }
t("r1") { Math.round(2.5f) }
t("r2") { Math.round(-2.5d) }
t("x1") { Math.multiplyExact(3L, 4) }
t("x2") { Math.abs(Integer.MIN_VALUE) }
t("x3") { Math.abs(Long.MIN_VALUE) }
t("c1") { Math.cbrt(-1.5d) }
t("c2") { Math.cbrt(1e308d) }
t("c3") { Math.cbrt(27d) }
t("c4") { Math.cbrt(2d) }
t("c5") { Math.cbrt(1e-310d) }
t("c6") { Math.cbrt(-0.0d) }
t("c7") { Math.cbrt(0.001d) }
t("c8") { Math.cbrt(123456.789d) }
t("b1") { Math.abs(123456789012345678901234567890G) }
t("b2") { Math.abs(-3G) }
t("b3") { Math.max(2G, 3G) }
t("b4") { Math.max(2G, 3L) }
t("b5") { Math.max(2G, 3.5f) }
t("b6") { Math.max(2G, 3.5d) }
t("b7") { Math.max(2G, 3.5G) }
t("b8") { Math.signum(2G) }
t("b9") { Math.signum(2.5G) }
t("b10") { Math.max(2.5G, 3.5G) }
t("b11") { Math.max(2.5G, 3.5f) }
t("b12") { Math.abs(-2.5G) }
t("b13") { Math.max(1, 2.5G) }
t("b14") { Math.max(123456789012345678901234567890G, 1) }
t("b15") { Math.round(2G) }
t("b16") { Math.round(2.5G) }
t("b17") { Math.round(2) }
t("b18") { Math.round(2L) }
t("b19") { Math.abs('a' as char) }
t("b20") { Math.max(1f, 2L) }
t("b21") { Math.signum(-0.0d) }
t("b22") { Math.sqrt(4G) }
t("b23") { Math.floorMod(5G, 3) }
t("b24") { Math.abs(-1.5d) }
t("b25") { Math.min(-2L, 3G) }
t("b26") { Math.abs(Long.MIN_VALUE) }
t("b27") { Math.round(1e20f) }
t("b28") { Math.round(Float.NaN) }
t("tr_1") { (-2.0f).trunc(-1) }
t("tr_2") { (-0.5f).trunc() }
t("tr_3") { (-0.5d).trunc() }
t("tr_4") { (-0.25d).trunc(1) }
t("tr_5") { (1.23456f).trunc(3) }
t("tr_6") { (0.1f).trunc(20) }
t("tr_7") { (-1e308d).trunc(5) }
t("tr_8") { (1.5f).trunc(-50) }
t("tr_9") { (3.3f).trunc(1) }
try { Math.max(2G, 3L) } catch (e) { println e.message }
try { Math.max(1, 2.5G) } catch (e) { println e.message }
try { Math.min(2.5G, 1L) } catch (e) { println e.message }
try { Math.floorMod(2.5G, 1L) } catch (e) { println e.message }
