// Points & cashback ledger for the loyalty bot
def ledger = execution.getVariable('ledger')
def pointValue = 0.0125     // EUR per point

long points = 0
BigDecimal cashback = 0
def history = []
ledger.each { e ->
    switch (e.type) {
        case 'purchase':
            int earned = (e.amount * (e.double ? 2 : 1)) as int
            points += earned
            cashback += (e.amount * 0.02).setScale(2, BigDecimal.ROUND_HALF_EVEN)
            history << "+${earned}"
            break
        case 'redeem':
            if (e.points > points) {
                history << "!${e.points}"
                log.warn("redeem of ${e.points} refused, balance ${points}")
            } else {
                points -= e.points
                history << "-${e.points}"
            }
            break
        case 'bonus':
            points += e.points
            history << "*${e.points}"
            break
        default:
            history << '?'
    }
}
println "history: ${history.join(' ')}"
println "points: ${points} worth EUR ${(points * pointValue).setScale(2, BigDecimal.ROUND_HALF_UP)}"
println "cashback: ${cashback}"

def numbers = [1, 2L, 3.0, 4.5f, 5.25d, 6G, 7.125G]
println "types: ${numbers.collect { it.getClass().simpleName }}"
println "sum: ${numbers.sum()} (${numbers.sum().getClass().simpleName})"
println "int math: ${Integer.MAX_VALUE * 2} long: ${Integer.MAX_VALUE * 2L} big: ${2G ** 70}"
println "mixed: ${3 * 1.5} ${(3 * 1.5).getClass().simpleName} ${3 * 1.5d} ${7.0 / 2} ${7 / 2.0d}"
println "hex ${Integer.toHexString(points as int)} bin ${Integer.toBinaryString(42)} parse ${Integer.parseInt('ff', 16)} ${'42'.toBigDecimal() + 0.5}"

def tier = points >= 5000 ? 'gold' : points >= 1000 ? 'silver' : 'bronze'
execution.setVariable('loyaltyPoints', points)
execution.setVariable('loyaltyTier', tier)
execution.setVariable('cashback', cashback)
customMetricService.upsertMetric('loyalty_tier', tier)
customMetricService.upsertMetric('loyalty_points', points.toString())
log.info("loyalty balance ${points} (${tier})")
