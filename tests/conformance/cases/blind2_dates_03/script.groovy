import java.time.*
import java.time.format.DateTimeFormatter

// Support desk SLA: tickets arrive as ISO instants, desks work in local hours
def desks = [
    tokyo : [zone: 'Asia/Tokyo', open: 9, close: 18],
    london: [zone: 'Europe/London', open: 8, close: 17],
    la    : [zone: 'America/Los_Angeles', open: 7, close: 16]
]
def tickets = execution.getVariable('tickets')
def hhmm = DateTimeFormatter.ofPattern('EEE HH:mm', Locale.UK)

def routed = [:]
for (t in tickets) {
    Instant created = Instant.parse(t.created)
    def openDesks = desks.findAll { name, cfg ->
        ZonedDateTime local = created.atZone(ZoneId.of(cfg.zone))
        int h = local.hour
        def wd = local.dayOfWeek
        wd != DayOfWeek.SATURDAY && wd != DayOfWeek.SUNDAY && h >= cfg.open && h < cfg.close
    }.keySet().toList()
    def local = desks.collectEntries { name, cfg -> [(name): hhmm.format(created.atZone(ZoneId.of(cfg.zone)))] }
    println "${t.id}: ${local} -> open: ${openDesks ?: 'none'}"
    routed[t.id] = openDesks ? openDesks.first() : 'queue'

    if (t.resolved) {
        Duration d = Duration.between(created, Instant.parse(t.resolved))
        long mins = d.toMinutes()
        String pretty = String.format('%dh%02dm', mins.intdiv(60), mins % 60)
        println "   resolved after ${pretty} (${d})"
        if (d > Duration.ofHours(4)) {
            log.warn("SLA breached for ${t.id}")
        }
    }
}

execution.setVariable('routing', routed)
customMetricService.upsertMetric('queued', routed.count { k, v -> v == 'queue' }.toString())

// The last ticket comes from an old channel with local date-times; this parse is not ISO
def legacy = execution.getVariable('legacyCreated')
println "legacy ticket: ${legacy}"
Instant legacyInstant = Instant.parse(legacy)
println "never printed ${legacyInstant}"
