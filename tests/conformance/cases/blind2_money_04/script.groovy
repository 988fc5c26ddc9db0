// Insurance premium calculator with tiers, caps and discounts
def applicant = execution.getVariable('applicant')
def tiers = [
    [upTo: 25, factor: 1.85],
    [upTo: 35, factor: 1.20],
    [upTo: 60, factor: 1.00],
    [upTo: 200, factor: 1.45]
]

BigDecimal base = 420.00
def tier = tiers.find { applicant.age <= it.upTo }
BigDecimal premium = base * tier.factor
println "base ${base} x ${tier.factor} = ${premium}"

def surcharges = [claims: applicant.claims * 0.12, highValue: applicant.carValue > 40000 ? 0.15 : 0]
surcharges.each { k, v -> premium += premium * v; println "after ${k} (+${v * 100}%): ${premium}" }

def discounts = [multiPolicy: applicant.policies > 1 ? 10 : 0, loyalty: Math.min(applicant.years * 2, 12)]
int totalDiscount = discounts.values().sum()
premium = premium * (100 - totalDiscount) / 100
println "discount ${totalDiscount}% -> ${premium}"

BigDecimal rounded = premium.setScale(0, BigDecimal.ROUND_CEILING)
BigDecimal capped = [rounded, 2500].min()
BigDecimal monthly = (capped / 12).setScale(2, BigDecimal.ROUND_HALF_UP)
println "annual ${capped} monthly ${monthly} (x12 = ${monthly * 12})"

def asDouble = premium.doubleValue()
println "as double ${asDouble} float ${premium as float} int ${premium as int} long ${premium.longValue()}"
println "Math.round ${Math.round(asDouble)} floor ${Math.floor(asDouble)} ceil ${Math.ceil(asDouble)}"
println "unscaled ${premium.unscaledValue()} precision ${premium.precision()} signum ${premium.signum()}"
println "range check: ${capped in 300..2500}"

execution.setVariable('annualPremium', capped)
execution.setVariable('monthlyPremium', monthly)
execution.setVariable('premiumBreakdown', [tier: tier.upTo, discounts: discounts])
customMetricService.upsertMetric('premium_annual', capped.toString())
log.info("premium quoted: ${capped}")

def deductible = new BigDecimal(applicant.deductible)
println "deductible ${deductible}"
