import groovy.time.TimeCategory
import groovy.time.TimeDuration
import java.text.SimpleDateFormat

// groovy.time.TimeCategory: durations on Integer, Date arithmetic, duration printing
def fmt = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss.SSS")
fmt.timeZone = TimeZone.getTimeZone("UTC")
Date d = fmt.parse("2024-01-31 10:00:00.000")
Date e = fmt.parse("2024-03-02 17:20:30.250")

String reminder(Date when) {
    // the category is active in methods called from the block too
    def fmt = new SimpleDateFormat("yyyy-MM-dd HH:mm")
    fmt.timeZone = TimeZone.getTimeZone("UTC")
    fmt.format(when - 2.days)
}

try { println 3.days } catch (ex) { println ex.class.simpleName }
println((e - d))
println fmt.format(d - 3)
def result = use(TimeCategory) {
    def x = 3.days
    println "${x} ${x.getClass().name} ${x.toMilliseconds()}"
    println "${1.month} ${1.month.getClass().name} | ${2.years} | ${1.week} | ${5.hours} | ${90.minutes} | ${5.seconds} | ${1500.milliseconds}"
    println "${1.day} | ${1.hour} | ${1.minute} | ${1.second} | ${1.millisecond} | ${2.weeks}"
    println "${fmt.format(d + 1.month)} ${fmt.format(d - 1.month)} ${fmt.format(d + 1.year)} ${fmt.format(d + 3.weeks)}"
    def diff = e - d
    println "${diff} | ${diff.getClass().simpleName} days=${diff.days} h=${diff.hours} m=${diff.minutes} s=${diff.seconds} ms=${diff.millis} ${diff.toMilliseconds()}"
    def neg = d - e
    println "${neg} | ${neg.toMilliseconds()}"
    println "${(2.hours + 45.minutes).getClass().simpleName} ${2.hours + 45.minutes}"
    println "${(3.days + 2.hours).getClass().simpleName} ${3.days + 2.hours}"
    println "${(2.hours + 3.days).getClass().simpleName} ${2.hours + 3.days}"
    println "${(1.month + 2.days).getClass().simpleName} ${1.month + 2.days}"
    println "${(2.days + 1.month).getClass().simpleName} ${2.days + 1.month}"
    println "${(2.hours + 1.month).getClass().simpleName} ${2.hours + 1.month}"
    println "${(1.month + 2.hours).getClass().simpleName} ${1.month + 2.hours}"
    println "${(1.month - 2.hours).getClass().simpleName} ${1.month - 2.hours}"
    println "${(2.hours - 1.month).getClass().simpleName} ${2.hours - 1.month}"
    println "${(3.days - 1.year).getClass().simpleName} ${3.days - 1.year}"
    println "${(3.days - 5.days).getClass().simpleName} ${3.days - 5.days}"
    println "${3.hours - 5.hours} [${0.seconds}] ${(-1500).milliseconds} ${1.seconds - 1500.milliseconds} ${61.seconds} ${(-2).seconds}"
    println "${3.days <=> 2.days} ${2.hours < 3.hours} ${24.hours == 1.day} ${[5.minutes, 1.hour, 90.seconds].max()}"
    println "${fmt.format(d + 2.hours + 30.minutes)} ${fmt.format(2.hours + d)} ${fmt.format(e - 250.milliseconds)}"
    println "${fmt.format(d + (1.month + 2.days + 3.hours))} ${fmt.format(d - (1.year + 6.hours))}"
    println reminder(d)
    println 3.days.class.name
    println((e - d) instanceof groovy.time.Duration)
    "done"
}
println result
try { println 3.days } catch (ex) { println "after: ${ex.class.simpleName}" }
println TimeCategory.getHours(4)
println TimeCategory.minus(e, d)
println fmt.format(TimeCategory.plus(d, new TimeDuration(1, 30, 0, 0)))
println fmt.format(TimeCategory.minus(d, new groovy.time.Duration(2, 0, 0, 0, 0)))
TimeDuration td = new TimeDuration(1, 2, 3, 4, 5)
println "${td} ${td.toMilliseconds()} ${fmt.format(td + d)}"
use(TimeCategory) {
    use(TimeCategory) { println 1.hour }
    println 2.hours
}
try { use(TimeCategory) { throw new IllegalStateException("boom") } } catch (ex) { println ex.message }
try { println 4.days } catch (ex) { println "still off: ${ex.class.simpleName}" }

class Planner {
    String plan(Date d) {
        def f = new SimpleDateFormat("yyyy-MM-dd")
        f.timeZone = TimeZone.getTimeZone("UTC")
        use(TimeCategory) { f.format(d + 2.days) }
    }
}
println new Planner().plan(new Date(0))
[1, 2].each { n -> use(TimeCategory) { println n.hours } }
println(use([TimeCategory]) { 1.week })
println "x".use(TimeCategory) { 3.minutes }
try { use(TimeCategory) } catch (ex) { println "${ex.class.simpleName}: ${ex.message}" }
try { use(TimeCategory, 5) } catch (ex) { println "${ex.class.simpleName}: ${ex.message}" }
