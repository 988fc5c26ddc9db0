import groovy.time.TimeCategory
import groovy.time.TimeDuration
import java.text.SimpleDateFormat

// Compute reminder times for a subscription renewal using TimeCategory.
def fmt = new SimpleDateFormat("yyyy-MM-dd HH:mm")
fmt.timeZone = TimeZone.getTimeZone("UTC")

Date renewal = fmt.parse(transientVariableService.getVariable("renewalAt"))
Date lastLogin = fmt.parse(transientVariableService.getVariable("lastLoginAt"))

def reminders = [:]
use(TimeCategory) {
    reminders["two weeks"] = renewal - 14.days
    reminders["three days"] = renewal - 3.days
    reminders["same day"] = renewal - 6.hours
    reminders["grace end"] = renewal + 1.week + 12.hours

    def idle = renewal - lastLogin
    println "Idle duration class: ${idle.getClass().simpleName}"
    println "Idle: ${idle.days} days ${idle.hours} hours ${idle.minutes} minutes"

    def span = 2.hours + 45.minutes
    println "Call window: ${span}"
    println "Call ends: ${fmt.format(renewal + span)}"
}

reminders.each { label, when ->
    println "${label.padRight(12)} -> ${fmt.format(when)}"
}

def sorted = reminders.sort { a, b -> a.value <=> b.value }
println "Order: " + sorted.keySet().join(" < ")

TimeDuration td = TimeCategory.minus(renewal, lastLogin)
println "toMilliseconds: " + td.toMilliseconds()
transientVariableService.addVariable("reminderTimes", reminders.collectEntries { k, v -> [(k): fmt.format(v)] })
customMetricService.upsertMetric("renewal_reminders", reminders.size() as String)
