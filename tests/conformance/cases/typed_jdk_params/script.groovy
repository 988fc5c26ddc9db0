// Overloaded helpers chosen by JDK parameter types; a wrong-typed value ends the run.
import java.time.Duration
import java.time.LocalDate
import java.time.LocalTime
import java.util.regex.Pattern
import java.math.RoundingMode

String describe(LocalDate d) { "date ${d}" }
String describe(LocalTime t) { "time ${t}" }
String describe(Duration d) { "duration ${d.toMinutes()} min" }
String describe(Pattern p) { "pattern ${p.pattern()}" }
String describe(RoundingMode m) { "rounding ${m}" }
String describe(Map m) { "map of ${m.size()}" }
String describe(List l) { "list of ${l.size()}" }
String describe(Object o) { "object ${o}" }

LocalDate due(LocalDate start, int days) { start.plusDays(days) }
Duration between(LocalTime a, LocalTime b) { Duration.between(a, b) }

class Reminder {
    LocalDate on
    LocalTime at
    Pattern matcher

    Reminder(LocalDate on, LocalTime at, Pattern matcher) {
        this.on = on
        this.at = at
        this.matcher = matcher
    }

    boolean matches(String text) { matcher.matcher(text).find() }
}

def values = [LocalDate.of(2024, 2, 28), LocalTime.NOON, Duration.ofHours(2), ~/\d+/, RoundingMode.FLOOR,
              [a: 1].asImmutable(), Collections.unmodifiableList([1, 2]), "text"]
values.each { println describe(it) }

LocalDate start = LocalDate.parse(execution.getVariable("start") as String)
LocalDate end = due(start, 2)
Duration gap = between(LocalTime.of(9, 0), LocalTime.of(10, 30))
Reminder reminder = new Reminder(end, LocalTime.of(8, 15), Pattern.compile("(?i)remind"))
println "due ${end}, gap ${gap}, reminder ${reminder.on} ${reminder.at}, matches ${reminder.matches('Please REMIND me')}"
execution.setVariable("due", end.toString())

LocalDate broken = execution.getVariable("start")
println "not reached ${broken}"
