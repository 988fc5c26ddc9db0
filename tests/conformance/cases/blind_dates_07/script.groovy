import java.time.LocalTime
import java.time.Duration
import java.time.DayOfWeek

// Decide whether live chat is open and how long until it opens.
def schedule = [
        (DayOfWeek.MONDAY)   : ["08:30", "20:00"],
        (DayOfWeek.TUESDAY)  : ["08:30", "20:00"],
        (DayOfWeek.WEDNESDAY): ["08:30", "20:00"],
        (DayOfWeek.THURSDAY) : ["08:30", "22:00"],
        (DayOfWeek.FRIDAY)   : ["08:30", "17:45"],
        (DayOfWeek.SATURDAY) : ["10:00", "14:00"]
]

def checks = execution.getVariable("checks")
int openCount = 0
checks.each { String check ->
    def (String dayName, String hhmm) = check.tokenize(" ")
    DayOfWeek dow = DayOfWeek.valueOf(dayName.toUpperCase())
    LocalTime t = LocalTime.parse(hhmm)
    def hours = schedule[dow]
    if (hours == null) {
        println "${dayName} ${hhmm}: closed all day"
        return
    }
    LocalTime open = LocalTime.parse(hours[0])
    LocalTime close = LocalTime.parse(hours[1])
    if (t.isBefore(open)) {
        Duration wait = Duration.between(t, open)
        println String.format("%s %s: opens in %d h %02d min", dayName, hhmm, wait.toHours(), wait.toMinutes() % 60)
    } else if (!t.isBefore(close)) {
        println "${dayName} ${hhmm}: closed since ${close}"
    } else {
        openCount++
        Duration left = Duration.between(t, close)
        println "${dayName} ${hhmm}: open, ${left.toMinutes()} minutes left (${left})"
    }
}

Duration weekly = Duration.ZERO
schedule.each { day, h -> weekly = weekly.plus(Duration.between(LocalTime.parse(h[0]), LocalTime.parse(h[1]))) }
println "Weekly open hours: ${weekly.toHours()}h${weekly.toMinutes() % 60}m"
println "Late night: " + LocalTime.of(23, 50).plusMinutes(25)
println "Noon compare: " + (LocalTime.NOON <=> LocalTime.parse("12:00:00"))

execution.setVariable("openChecks", openCount)
customMetricService.upsertMetric("chat_open_checks", "${openCount}/${checks.size()}".toString())
