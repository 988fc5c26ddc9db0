// Typed helper methods for a loyalty-points calculation.
static int sumPoints(List<Integer> points) {
    int total = 0
    for (Integer p : points) {
        total += p
    }
    return total
}

static BigDecimal toCurrency(int points, BigDecimal rate) {
    return (points * rate).setScale(2, BigDecimal.ROUND_HALF_UP)
}

static String tierFor(int points) {
    if (points >= 5000) return "PLATINUM"
    if (points >= 2000) return "GOLD"
    if (points >= 500) return "SILVER"
    return "BRONZE"
}

static String describe(String name, int points) { "${name} has ${points} points" }
static String describe(String name, long points) { "${name} has ${points} (long) points" }
static String describe(String name, Object points) { "${name} has ${points} (object) points" }

List<Integer> history = execution.getVariable("pointsHistory")
String member = execution.getVariable("memberName")
BigDecimal rate = execution.getVariable("redeemRate")

int total = sumPoints(history)
String tier = tierFor(total)
BigDecimal value = toCurrency(total, rate)

println describe(member, total)
println describe(member, 12L)
println describe(member, "lots of")
println "Tier: ${tier}, redeemable: ${value}"

Map<String, Integer> perTier = [BRONZE: 0, SILVER: 500, GOLD: 2000, PLATINUM: 5000]
perTier.each { String t, Integer threshold ->
    int missing = Math.max(0, threshold - total)
    println "${t.padRight(9)} ${missing == 0 ? 'reached' : 'needs ' + missing}"
}

execution.setVariable("loyaltyTier", tier)
execution.setVariable("loyaltyValue", value)
customMetricService.upsertMetric("loyalty_tier", tier)
log.info("${member}: ${total} points, ${tier}")

// a partner system sends points as decimal strings
List<String> partnerPoints = execution.getVariable("partnerPoints")
println "Partner total: " + sumPoints(partnerPoints)
println "Partner tier: " + tierFor(partnerPoints.size() * 100 + "0")
