import java.time.*
import java.time.format.DateTimeFormatter
import java.time.temporal.TemporalAdjusters

// Subscription billing calendar: bill on the last business day of each month
def startText = execution.getVariable('subscriptionStart')
def months = execution.getVariable('months') as Integer
def zone = ZoneId.of('Australia/Sydney')

LocalDate start = LocalDate.parse(startText)
List<LocalDate> billing = []
(0..<months).each { int m ->
    LocalDate last = start.plusMonths(m).with(TemporalAdjusters.lastDayOfMonth())
    while (last.dayOfWeek == DayOfWeek.SATURDAY || last.dayOfWeek == DayOfWeek.SUNDAY) {
        last = last.minusDays(1)
    }
    billing << last
}

def label = DateTimeFormatter.ofPattern('dd MMM yyyy', new Locale('en', 'AU'))
billing.each { d ->
    ZonedDateTime runAt = d.atTime(2, 0).atZone(zone)
    long epoch = runAt.toEpochSecond()
    Date legacy = Date.from(runAt.toInstant())
    println "${label.format(d)} ${d.dayOfWeek.toString().take(3)} run=${runAt.toOffsetDateTime()} epoch=${epoch} millis=${legacy.time}"
}

def gaps = [billing, billing.drop(1)].transpose().collect { a, b -> Period.between(a, b).days + Period.between(a, b).months * 100 }
println "gaps (months*100+days): ${gaps}"

def totalDays = java.time.temporal.ChronoUnit.DAYS.between(billing.first(), billing.last())
println "span: ${totalDays} days"
def byQuarter = billing.groupBy { "Q${(it.monthValue - 1).intdiv(3) + 1}-${it.year}" }
byQuarter.each { q, ds -> println "${q}: ${ds*.dayOfMonth}" }

// Display the first run in several zones for the ops team
def first = billing.first().atTime(2, 0).atZone(zone)
['UTC', 'Europe/Berlin', 'America/Sao_Paulo', 'Asia/Kolkata'].each { z ->
    def other = first.withZoneSameInstant(ZoneId.of(z))
    println String.format('%-18s %s', z, other.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
}

execution.setVariable('billingDates', billing*.toString())
transientVariableService.addVariable('nextBilling', billing.first().toString())
customMetricService.upsertMetric('billing_runs', billing.size() as String)
log.info("billing calendar built: ${billing.size()} runs")
