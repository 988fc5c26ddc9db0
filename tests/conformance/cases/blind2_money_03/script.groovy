import java.text.DecimalFormat
import java.text.DecimalFormatSymbols

// Currency conversion quote for a travel-money bot
def rates = execution.getVariable('rates')          // per 1 EUR
def request = execution.getVariable('request')

BigDecimal amount = new BigDecimal(request.amount.toString())
String from = request.from
List<String> targets = request.to

def toEur = { BigDecimal v, String cur -> cur == 'EUR' ? v : v / (rates[cur] as BigDecimal) }
BigDecimal eur = toEur(amount, from)
println "in EUR: ${eur}"

def symbols = new DecimalFormatSymbols(Locale.US)
def fmt = new DecimalFormat('#,##0.00', symbols)
def fmt0 = new DecimalFormat('#,##0', symbols)
def deSymbols = DecimalFormatSymbols.getInstance(Locale.GERMANY)
def deFmt = new DecimalFormat('#,##0.00 ¤', deSymbols)

BigDecimal feePct = 1.75
def quotes = targets.collect { cur ->
    BigDecimal rate = rates[cur] as BigDecimal
    BigDecimal gross = eur * rate
    BigDecimal fee = gross * feePct / 100
    int digits = cur == 'JPY' ? 0 : 2
    BigDecimal net = (gross - fee).setScale(digits, BigDecimal.ROUND_HALF_EVEN)
    [cur: cur, rate: rate, net: net, shown: (digits == 0 ? fmt0 : fmt).format(net)]
}
quotes.each { q -> println "${request.amount} ${from} -> ${q.shown} ${q.cur} (rate ${q.rate}, net scale ${q.net.scale()})" }

println "german style: ${deFmt.format(1234567.891)}"
println "double vs BD: ${1234.5678d.round(2)} | ${new BigDecimal('1234.5678').setScale(2, BigDecimal.ROUND_HALF_UP)}"
println "sci: ${new BigDecimal('1E+3')} plain ${new BigDecimal('1E+3').toPlainString()} | ${1e3} ${1e3.getClass().simpleName}"
println "format: ${String.format('%,.3f', 9876543.21)} ${String.format(Locale.FRANCE, '%,.2f', 9876543.21)}"
println "long money: ${(Long.MAX_VALUE as BigDecimal) + 1}"

def best = quotes.max { it.net / it.rate }
execution.setVariable('fxQuotes', quotes.collectEntries { [(it.cur): it.net] })
execution.setVariable('fxBest', best.cur)
customMetricService.upsertMetric('fx_targets', targets.join('|'))
log.info("fx quote for ${amount} ${from}")
