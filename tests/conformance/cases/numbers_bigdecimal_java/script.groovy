// BigDecimal/BigInteger members as Java 17 answers them: pow, plus, remainder and divideToIntegralValue scales, MathContext overloads, constructors
import java.math.MathContext
import java.math.RoundingMode
def t(String id, Closure c) { try { def r = c.call(); println id + ": " + r.inspect() + " (" + r.getClass().getSimpleName() + ")" } catch (Throwable e) { println id + " !! " + e.getClass().getSimpleName() + ": " + e.getMessage()?.readLines()?.getAt(0) } }
t("mx1") { (2.50G).max(0G) }
t("mx2") { (2.50G).max(3) }
t("mx3") { (2.50G).max(3L) }
t("mx4") { (2.50G).max(3.5d) }
t("mx5") { (2.50G).min(1.5f) }
t("pw1") { (2.50G).pow(3) }
t("pw2") { (2.50G).pow(-1) }
t("pw3") { (0G).pow(-1) }
t("pw4") { (3G).pow(40) }
t("pw5") { (2.5G).pow(0) }
t("pw6") { (2.5G).pow(3L) }
t("pw7") { (2G).pow(3L) }
t("pl1") { (2.50G).plus() }
t("pl2") { (-1.5G).negate() }
t("rm1") { (-1.5G).remainder(123456789012345678901234567890.123G) }
t("rm2") { (7.5G).remainder(2G) }
t("rm3") { (7.50G).remainder(0.2G) }
t("rm4") { (-7.5G).remainder(2.25G) }
t("rm5") { (1E+5G).remainder(3G) }
t("rm6") { (-1.5G).remainder(123456789012345678901234567890.123G, new MathContext(5)) }
t("rm7") { (2.50G).remainder(0G, new MathContext(5)) }
t("rm8") { (123456789.5G).remainder(0.7G, new MathContext(3)) }
t("rm9") { (7.5G).remainder(2, new MathContext(3)) }
t("di1") { (2.50G).divide(0G, -1) }
t("di2") { (-1.5G).divide(123456789012345678901234567890.123G, 1) }
t("di3") { (10G).divide(3G, BigDecimal.ROUND_HALF_UP) }
t("di4") { (10.00G).divide(3G, RoundingMode.HALF_UP) }
t("di5") { (-1.5G).divide(123456789012345678901234567890.123G, RoundingMode.HALF_EVEN) }
t("di6") { (2.50G).divide(0G, RoundingMode.DOWN) }
t("di7") { (1G).divide(8, RoundingMode.UP) }
t("di8") { (1.0G).divide(8, 7) }
t("da1") { (-1.5G).divideAndRemainder(123456789012345678901234567890.123G) }
t("da2") { (7.5G).divideAndRemainder(2G) }
t("da3") { (-1.5G).divideAndRemainder(123456789012345678901234567890.123G, new MathContext(5)) }
t("da4") { (123456789.5G).divideAndRemainder(0.7G, new MathContext(3)) }
t("da5") { (123456789.5G).divideAndRemainder(0.7G, new MathContext(12)) }
t("da6") { (2.50G).divideAndRemainder(0G, new MathContext(5)) }
t("dv1") { (-1.5G).divideToIntegralValue(123456789012345678901234567890.123G) }
t("dv2") { (0.00G).divideToIntegralValue(5G) }
t("dv3") { (0G).divideToIntegralValue(0.05G) }
t("dv4") { (-1.5G).divideToIntegralValue(123456789012345678901234567890.123G, new MathContext(5)) }
t("dv5") { (123456789.5G).divideToIntegralValue(0.7G, new MathContext(3)) }
t("dv6") { (123456789.5G).divideToIntegralValue(0.7G, new MathContext(9)) }
t("dv7") { (1E+5G).divideToIntegralValue(3G, new MathContext(2)) }
t("dv8") { (100G).divideToIntegralValue(0.3G, new MathContext(5)) }
t("dv9") { (7.50G).divideToIntegralValue(2G) }
t("dv10") { (1E+5G).divideToIntegralValue(30G) }
t("dv11") { (100.000G).divideToIntegralValue(0.3G, new MathContext(5)) }
t("ie1") { (0G).intValueExact() }
t("ie2") { (123456789012345678901234567890.123G).intValueExact() }
t("ie3") { (12345678901.5G).intValueExact() }
t("ie4") { (12345678901G).intValueExact() }
t("ie5") { (0.5G).intValueExact() }
t("ie6") { (12345678901234567890G).longValueExact() }
t("ie7") { (123456789012345678901234567890.123G).longValueExact() }
t("ie8") { (1E+30G).longValueExact() }
t("ie9") { (0.000G).intValueExact() }
t("ie11") { (-1G).intValueExact() }
t("c_s1590_0") { new BigDecimal((['a', 'b'] as char[])) }
t("c_s1590_1") { new BigDecimal(([] as char[])) }
t("c_s1591_0") { new BigDecimal((['a', 'b'] as char[]), 0, -1) }
t("c_s1591_2") { new BigDecimal((['a', 'b'] as char[]), 1, 3) }
t("c_s1591_3") { new BigDecimal(([] as char[]), 3, 0) }
t("c_x0") { new BigDecimal((['1', '2', '.', '5'] as char[]), 1, 3) }
t("c_x1") { new BigDecimal((['1', '2', '.', '5'] as char[])) }
t("c_x2") { new BigDecimal((['1', '2', '.', '5'] as char[]), 0, 0) }
t("c_s1592_0") { new BigDecimal((['a', 'b'] as char[]), 0, -1, MathContext.DECIMAL32) }
t("c_s1592_1") { new BigDecimal(([] as char[]), -1, 1, new MathContext(5)) }
t("c_x3") { new BigDecimal((['1', '2', '.', '5'] as char[]), 0, 4, new MathContext(2)) }
t("c_s1593_0") { new BigDecimal((['a', 'b'] as char[]), MathContext.DECIMAL32) }
t("c_s1593_1") { new BigDecimal(([] as char[]), new MathContext(5)) }
t("c_x4") { new BigDecimal((['1', '2', '.', '5'] as char[]), new MathContext(2)) }
t("c_s1601_0") { new BigDecimal(12G, 0) }
t("c_s1601_1") { new BigDecimal(0G, -1) }
t("c_s1601_2") { new BigDecimal(-3G, 1) }
t("c_s1602_0") { new BigDecimal(12G, 0, new MathContext(5)) }
t("c_s1602_1") { new BigDecimal(0G, -1, MathContext.DECIMAL32) }
t("c_s1602_2") { new BigDecimal(-3G, 1, new MathContext(5)) }
t("c_x5") { new BigDecimal(123456789G, 2, new MathContext(3)) }
t("c_x6") { new BigDecimal(12, 1) }
t("c_x7") { new BigDecimal(12L, 1) }
t("c_x8") { new BigDecimal(12L, new MathContext(1)) }
t("c_x9") { new BigDecimal(12G, new MathContext(1)) }
t("c_x10") { new BigDecimal("1.25", new MathContext(2)) }
t("c_x11") { new BigDecimal(1.5d, 1) }
t("s_1") { new BigInteger("Ünïcödé 😀") }
t("s_2") { new BigInteger("12345678😀") }
t("s_3") { new BigInteger("1234567😀") }
t("s_4") { new BigInteger("12😀", 16) }
t("s_5") { new BigInteger("😀") }
t("s_6") { "😀1".toBigInteger() }
t("b_s1606_0") { new BigInteger(([104, 105] as byte[])) }
t("b_s1606_1") { new BigInteger(([] as byte[])) }
t("b_s1607_0") { new BigInteger(([104, 105] as byte[]), 0, -1) }
t("b_s1607_1") { new BigInteger(([] as byte[]), -1, 1) }
t("b_s1607_2") { new BigInteger(([104, 105] as byte[]), 1, 3) }
t("b_s1607_3") { new BigInteger(([] as byte[]), 3, 0) }
t("b_x1") { new BigInteger(([104, 105] as byte[]), 2, 0) }
t("b_x2") { new BigInteger(([-1, 105] as byte[]), 0, 2) }
t("b_x3") { new BigInteger(([-128, 0, 0] as byte[])) }
t("b_s1608_0") { new BigInteger(3, ([] as byte[])) }
t("b_s1608_1") { new BigInteger(0, ([104, 105] as byte[])) }
t("b_s1608_2") { new BigInteger(-1, ([] as byte[])) }
t("b_s1608_3") { new BigInteger(1, ([104, 105] as byte[])) }
t("b_x4") { new BigInteger(-1, ([-1, -1] as byte[])) }
t("b_s1609_0") { new BigInteger(3, ([] as byte[]), -1, 1) }
t("b_s1609_1") { new BigInteger(0, ([104, 105] as byte[]), 1, 3) }
t("b_s1609_2") { new BigInteger(-1, ([] as byte[]), 3, 0) }
t("b_s1609_3") { new BigInteger(1, ([104, 105] as byte[]), 0, -1) }
t("b_x5") { new BigInteger(1, ([104, 105] as byte[]), 1, 1) }
t("b_s1611_0") { new BigInteger(3, new Random(42L)) }
t("b_s1611_1") { new BigInteger(0, new Random(42L)) }
t("b_s1611_3") { new BigInteger(1, new Random(42L)) }
t("b_x6") { new BigInteger(17, new Random(7L)) }
t("b_x7") { new BigInteger(64, new Random(7L)) }
t("rm_1") { RoundingMode.valueOf(3) }
t("rm_2") { RoundingMode.valueOf(-1) }
t("rm_3") { RoundingMode.valueOf(String, "") }
t("rm_4") { RoundingMode.valueOf(RoundingMode, "UP") }
t("rm_5") { RoundingMode.valueOf(RoundingMode, "XX") }
t("rm_6") { RoundingMode.valueOf(java.time.DayOfWeek, "MONDAY") }
t("rm_7") { RoundingMode.valueOf(RoundingMode, null) }
t("rm_8") { RoundingMode.valueOf(List, "b") }
t("rm_9") { RoundingMode.valueOf(java.time.temporal.ChronoUnit, "DAYS") }
t("rm_10") { RoundingMode.valueOf(java.time.Month, "MAX") }
