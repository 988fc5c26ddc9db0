// Calls the generated probes found ending in an internal error: each now answers as Groovy does
def t = { l, c -> try { println "$l -> ${c()}" } catch (Throwable e) { println "$l !! ${e.class.simpleName}: ${e.message}" } }
t("indexOf -1") { "abc".indexOf(-1) }
t("indexOf max") { "abc".indexOf(2147483647) }
t("lastIndexOf -1") { "abc".lastIndexOf(-1) }
t("ll remove") { new LinkedList([1,2,3]).remove(1) }
t("bi radix0") { new BigInteger("12", 0) }
t("bi radix-1") { new BigInteger("12", -1) }
t("singletonMap") { Collections.singletonMap([1], 2) }
t("trunc") { 2.5d.trunc(400) }
t("bd valueOf") { BigDecimal.valueOf(5L, 2147483647) }
t("groupBy arr") { [1,2].groupBy([{ it }] as Object[]) }
println 2.5d.trunc(400)
println 2.567d.trunc(2)
println((-2.567d).trunc(2))
println 2.5d.trunc(-400)
println 1234.5d.trunc(-2)
println 0.0d.trunc(-400)
println BigDecimal.valueOf(5L, 2147483647)
println BigDecimal.valueOf(12345L, 2)
println BigDecimal.valueOf(-12345L, -3)
println BigDecimal.valueOf(0L, 5)
println BigDecimal.valueOf(7L, -2147483648)
t("groupBy empty arr") { [1, 2, 3].groupBy(([] as Object[])) }
t("groupBy empty list") { [1, 2, 3].groupBy([]) }
t("groupBy list") { ["b","a"].groupBy([{ it }]) }
t("trunc big") { (1e308d).trunc(1) }
t("copyOf char") { Arrays.copyOf(([] as char[]), 3).length }
t("hashmap put map key") { def h = new HashMap(); h.put([a: 1], 2.5G); h }
t("hashmap put list key") { def h = new HashMap(); h.put([1], 2); h }
