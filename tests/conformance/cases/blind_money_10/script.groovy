import java.text.DecimalFormat
import java.text.DecimalFormatSymbols

// Format usage statistics for the monthly summary message.
def stats = transientVariableService.getVariable("usage")
DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(Locale.US)

DecimalFormat thousands = new DecimalFormat("#,##0", sym)
DecimalFormat twoDp = new DecimalFormat("#,##0.00", sym)
DecimalFormat upTo3 = new DecimalFormat("0.###", sym)
DecimalFormat pct = new DecimalFormat("0.0%", sym)
DecimalFormat sci = new DecimalFormat("0.00E0", sym)
DecimalFormat padded = new DecimalFormat("000000", sym)

println "calls: ${thousands.format(stats.calls)}"
println "minutes: ${twoDp.format(stats.minutes)}"
println "avg: ${upTo3.format(stats.minutes / stats.calls)}"
println "success: ${pct.format(stats.success / stats.calls)}"
println "bytes: ${sci.format(stats.bytes)}"
println "account: ${padded.format(stats.account)}"
println "half-even in DecimalFormat: ${twoDp.format(2.345)} ${twoDp.format(2.355)} ${new DecimalFormat('0', sym).format(2.5)} ${new DecimalFormat('0', sym).format(3.5)}"

String humanBytes(long b) {
    def units = ["B", "KB", "MB", "GB", "TB"]
    double v = b
    int i = 0
    while (v >= 1024 && i < units.size() - 1) {
        v /= 1024
        i++
    }
    return String.format(Locale.US, "%.1f %s", v, units[i])
}
println "human: ${[0L, 1023L, 1024L, 1536L, 5_000_000L, stats.bytes as long].collect { humanBytes(it) }}"

println "Math.round(2.5)=${Math.round(2.5)} round(-2.5)=${Math.round(-2.5)} rint(2.5)=${Math.rint(2.5)}"
println "ceil(-0.5)=${Math.ceil(-0.5)} floor(-0.5)=${Math.floor(-0.5)} abs(-0.0)=${Math.abs(-0.0d)}"
println "max/min: ${Math.max(3, 7L)} ${Math.min(2.5d, 1)} ${[3, 9.5, 2L].max()}"
println "hypot: ${Math.hypot(3, 4)} pow: ${Math.pow(2, 10)} sqrt: ${Math.sqrt(144)}"
println "round to 2dp: ${(stats.minutes as BigDecimal).round(new java.math.MathContext(4))}"
println "toInteger: ${'42'.toInteger() + 1}, toLong: ${'9000000000'.toLong()}"

String summary = "You made ${thousands.format(stats.calls)} calls (${pct.format(stats.success / stats.calls)} successful)"
transientVariableService.addVariable("usageSummary", summary)
customMetricService.upsertMetric("usage_calls", thousands.format(stats.calls))
log.info(summary)
