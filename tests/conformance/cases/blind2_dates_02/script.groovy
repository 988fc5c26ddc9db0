import java.text.SimpleDateFormat

// Legacy flow: java.util.Date handling for a return-window policy
def purchaseText = execution.getVariable('purchaseDate')
def store = execution.getVariable('storeTimeZone') ?: 'Europe/Paris'
TimeZone tz = TimeZone.getTimeZone(store)

SimpleDateFormat parser = new SimpleDateFormat('dd/MM/yyyy HH:mm')
parser.setTimeZone(tz)
Date purchased = parser.parse(purchaseText)

int windowDays = (execution.getVariable('returnWindowDays') ?: 30) as int
Date deadline = purchased + windowDays

Calendar cal = Calendar.getInstance(tz, Locale.FRANCE)
cal.setTime(deadline)
int dow = cal.get(Calendar.DAY_OF_WEEK)
if (dow == Calendar.SUNDAY) {
    deadline = deadline + 1
    println "deadline moved off Sunday"
}

println "purchased: " + purchased.format('yyyy-MM-dd HH:mm zzz', tz)
println "deadline:  " + deadline.format('EEEE dd MMMM yyyy', tz)
println "deadline (fr): " + new SimpleDateFormat('EEEE d MMMM yyyy', Locale.FRANCE).with {
    timeZone = tz
    format(deadline)
}

SimpleDateFormat isoUtc = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'Z'")
isoUtc.timeZone = TimeZone.getTimeZone('UTC')
println "deadline utc: ${isoUtc.format(deadline)}"

def checkDates = execution.getVariable('checkDates') ?: []
def results = [:]
checkDates.each { String txt ->
    Date d = parser.parse(txt)
    boolean ok = !d.after(deadline)
    long daysLeft = (deadline.time - d.time).intdiv(24L * 3600 * 1000)
    results[txt] = ok
    println "${txt} -> ${ok ? 'returnable' : 'too late'} (${daysLeft} days left)"
}

int year = cal.get(Calendar.YEAR)
boolean leap = new GregorianCalendar().isLeapYear(year)
println "year ${year} leap=${leap}"

execution.setVariable('returnDeadline', isoUtc.format(deadline))
execution.setVariable('returnChecks', results)
customMetricService.upsertMetric('return_window', windowDays.toString())
log.info('return window computed for ' + purchaseText)
