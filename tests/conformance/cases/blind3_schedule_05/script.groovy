// Recurring reminder schedule with java.util.Calendar and Date, legacy style
import java.text.SimpleDateFormat

TimeZone tz = TimeZone.getTimeZone(execution.getVariable('tz') ?: 'Europe/London')
Calendar start = Calendar.getInstance(tz)
start.clear()
start.set(2025, Calendar.JANUARY, 31, 10, 0, 0)

SimpleDateFormat sdf = new SimpleDateFormat('yyyy-MM-dd HH:mm EEE', Locale.UK)
sdf.setTimeZone(tz)

List<String> reminders = []
for (int i = 0; i < 6; i++) {
    Calendar c = (Calendar) start.clone()
    c.add(Calendar.MONTH, i)
    if (c.get(Calendar.DAY_OF_WEEK) == Calendar.SATURDAY) c.add(Calendar.DATE, 2)
    else if (c.get(Calendar.DAY_OF_WEEK) == Calendar.SUNDAY) c.add(Calendar.DATE, 1)
    reminders.add(sdf.format(c.getTime()))
}
reminders.each { println it }
execution.setVariable('reminders', reminders)

Date first = start.time
Date last = sdf.parse(reminders[-1])
long days = (last.time - first.time) / (24L * 60 * 60 * 1000)
println "span: ${days} days"
println "before: ${first.before(last)}, compare: ${first.compareTo(last)}"

def monthNames = new java.text.DateFormatSymbols(Locale.FRENCH).months.findAll { it }
println monthNames.take(3).join(', ')
def deMonths = new java.text.DateFormatSymbols(Locale.GERMAN).shortMonths.findAll { it }
println deMonths.join(' ')

def due = Calendar.getInstance(tz)
due.clear()
due.set(2024, Calendar.FEBRUARY, 29)
due.add(Calendar.YEAR, 1)
println "anniversary: ${new SimpleDateFormat('d MMMM yyyy', Locale.GERMANY).with { it.timeZone = tz; it.format(due.time) }}"
println "actual max days in Feb 2025: ${due.getActualMaximum(Calendar.DAY_OF_MONTH)}"
customMetricService.upsertMetric('reminder_count', reminders.size().toString())
log.info("first reminder ${reminders[0]}")
