// Billing cycle dates computed with java.util.Calendar (legacy code from an older flow).
TimeZone tz = TimeZone.getTimeZone("America/Chicago")
Calendar cal = Calendar.getInstance(tz, Locale.US)
cal.clear()
cal.set(2024, Calendar.JANUARY, 31, 10, 0, 0)

def fmt = new java.text.SimpleDateFormat("yyyy-MM-dd EEE HH:mm z", Locale.US)
fmt.setTimeZone(tz)

def cycleDates = []
for (int i = 0; i < 6; i++) {
    Calendar c = (Calendar) cal.clone()
    c.add(Calendar.MONTH, i)
    cycleDates << fmt.format(c.time)
}
cycleDates.each { println it }

Calendar feb = Calendar.getInstance(tz, Locale.US)
feb.clear()
feb.set(2024, Calendar.FEBRUARY, 1)
println "Days in Feb 2024: " + feb.getActualMaximum(Calendar.DAY_OF_MONTH)
feb.set(Calendar.YEAR, 2023)
println "Days in Feb 2023: " + feb.getActualMaximum(Calendar.DAY_OF_MONTH)

Calendar lenient = Calendar.getInstance(tz, Locale.US)
lenient.clear()
lenient.set(2024, 1, 30)
println "Feb 30 rolls to: " + fmt.format(lenient.time)
println "Day of week number: " + lenient.get(Calendar.DAY_OF_WEEK)
println "Week of year: " + lenient.get(Calendar.WEEK_OF_YEAR)

Date d = cal.time
println "Groovy format: " + d.format("dd.MM.yyyy HH:mm", tz)
println "Epoch ms: " + d.time

Calendar dst = Calendar.getInstance(tz, Locale.US)
dst.clear()
dst.set(2024, Calendar.MARCH, 9, 12, 0)
long before = dst.timeInMillis
dst.add(Calendar.DATE, 1)
println "Hours across DST: " + (dst.timeInMillis - before) / 3600000

execution.setVariable("nextCycle", cycleDates[1])
customMetricService.upsertMetric("billing_cycles", cycleDates.size().toString())
