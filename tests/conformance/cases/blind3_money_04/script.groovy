// Invoice lines with VAT per rate class, totals table printed for the agent
def lines = execution.getVariable('lines')
def vatRates = [standard: 20.0, reduced: 5.5, zero: 0.0]
def discountCode = execution.getVariable('discountCode')

def discounts = ['WELCOME10': 0.10, 'VIP25': 0.25]
def discount = discounts[discountCode] ?: 0

def computed = lines.collect { l ->
    def net = (l.unitPrice as BigDecimal) * l.qty
    def disc = (net * discount).setScale(2, BigDecimal.ROUND_HALF_UP)
    def base = net - disc
    def vat = (base * vatRates[l.vat] / 100).setScale(2, BigDecimal.ROUND_HALF_UP)
    [sku: l.sku, net: net, discount: disc, base: base, vat: vat, gross: base + vat, rateClass: l.vat]
}
def header = String.format('%-8s %9s %9s %9s %9s', 'SKU', 'NET', 'DISC', 'VAT', 'GROSS')
println header
println '-' * header.length()
computed.each { c ->
    println String.format('%-8s %9.2f %9.2f %9.2f %9.2f', c.sku, c.net, c.discount, c.vat, c.gross)
}
def totals = ['net', 'discount', 'vat', 'gross'].collectEntries { k -> [(k): computed.sum { it[k] }] }
println '=' * header.length()
println String.format('%-8s %9.2f %9.2f %9.2f %9.2f', 'TOTAL', totals.net, totals.discount, totals.vat, totals.gross)

def vatByRate = computed.groupBy { it.rateClass }.collectEntries { k, v -> [(k): v*.vat.sum()] }
println "VAT by rate: $vatByRate"
execution.setVariable('invoiceTotals', totals.collectEntries { k, v -> [(k): v.toString()] })
execution.setVariable('vatByRate', vatByRate)
customMetricService.upsertMetric('invoice_gross', totals.gross.toString())
if (discount) log.info("discount ${discountCode} applied: ${discount * 100}%")

def amountInWords = { BigDecimal v ->
    def euros = v.intValue()
    def cents = v.remainder(BigDecimal.ONE).movePointRight(2).intValue()
    "${euros} euro${euros == 1 ? '' : 's'} and ${cents} cent${cents == 1 ? '' : 's'}"
}
println amountInWords(totals.gross)
println "rounded to 5 cents: ${(totals.gross * 20).setScale(0, BigDecimal.ROUND_HALF_UP) / 20}"
println "max line: ${computed.max { it.gross }.sku}, cheapest: ${computed.min { it.gross }.sku}"
