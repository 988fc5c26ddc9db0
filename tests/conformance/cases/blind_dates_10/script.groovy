import java.time.LocalDate
import java.time.YearMonth
import java.time.temporal.TemporalAdjusters
import java.time.DayOfWeek

// Summarise invoices by month and compute due dates (last business day of month).
def invoices = transientVariableService.getVariable("invoices")

LocalDate lastBusinessDay(YearMonth ym) {
    LocalDate d = ym.atEndOfMonth()
    while (d.dayOfWeek == DayOfWeek.SATURDAY || d.dayOfWeek == DayOfWeek.SUNDAY) {
        d = d.minusDays(1)
    }
    return d
}

def parsed = invoices.collect { inv ->
    [id: inv.id, date: LocalDate.parse(inv.date), amount: inv.amount as BigDecimal]
}
parsed.sort { it.date }
println "Chronological: " + parsed*.id

def byMonth = parsed.groupBy { YearMonth.from(it.date) }
byMonth.each { YearMonth ym, list ->
    def total = list.sum { it.amount }
    println "${ym}: ${list.size()} invoice(s), total ${total}, due ${lastBusinessDay(ym)}"
}

LocalDate ref = LocalDate.of(2024, 5, 1)
println "First Monday of May: " + ref.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))
println "Next Friday: " + ref.with(TemporalAdjusters.next(DayOfWeek.FRIDAY))
println "Last day of year: " + ref.with(TemporalAdjusters.lastDayOfYear())

def oldest = parsed.min { it.date }
def newest = parsed.max { it.date }
println "Span: ${oldest.date} .. ${newest.date} (${oldest.date.until(newest.date).toTotalMonths()} months)"

long covered = java.time.temporal.ChronoUnit.DAYS.between(oldest.date, newest.date) + 1
println "Days covered: " + covered

transientVariableService.addVariable("monthsBilled", byMonth.keySet().collect { it.toString() })
customMetricService.upsertMetric("invoice_months", byMonth.size().toString())

// an invoice with a US-style date slipped through
def bad = transientVariableService.getVariable("lateInvoice")
println "Late invoice date: " + LocalDate.parse(bad.date)
