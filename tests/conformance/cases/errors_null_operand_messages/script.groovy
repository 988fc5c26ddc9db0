def t(String l, Closure c) { try { println l + " => " + c() } catch (Throwable e) { println l + " => " + e.class.simpleName + ": " + e.message } }
def a = null
t("a+1") { a + 1 }
t("a-1") { a - 1 }
t("a*2") { a * 2 }
t("a/2") { a / 2 }
t("a%2") { a % 2 }
t("a**2") { a ** 2 }
t("a<<1") { a << 1 }
t("a+[1]") { a + [1] }
t("a.plus(1)") { a.plus(1) }
t("a.minus(1)") { a.minus(1) }
t("a.multiply(2)") { a.multiply(2) }
t("a.plus('x')") { a.plus('x') }
t("-a") { -a }
t("a++") { a++ }
t("a > 1") { a > 1 }
t("a & 1") { a & 1 }
t("1+a") { 1 + a }
t("1-a") { 1 - a }
t("1*a") { 1 * a }
t("1/a") { 1 / a }
t("1L+a") { 1L + a }
t("1.5+a") { 1.5 + a }
t("1.5d+a") { 1.5d + a }
t("1.5d*a") { 1.5d * a }
t("2G+a") { 2G + a }
