import java.text.SimpleDateFormat
import java.text.ParseException

// Parse the customer's order date (dd/MM/yyyy, entered in UK) and compute the return window.
SimpleDateFormat input = new SimpleDateFormat("dd/MM/yyyy")
input.setTimeZone(TimeZone.getTimeZone("Europe/London"))
input.setLenient(false)

SimpleDateFormat display = new SimpleDateFormat("EEE d MMM yyyy HH:mm zzz", Locale.UK)
display.setTimeZone(TimeZone.getTimeZone("Europe/London"))

SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ssXXX")
iso.setTimeZone(TimeZone.getTimeZone("UTC"))

String raw = execution.getVariable("orderDate")
Date ordered = input.parse(raw)
println "Ordered: " + display.format(ordered)
println "Ordered (UTC): " + iso.format(ordered)

Calendar cal = Calendar.getInstance(TimeZone.getTimeZone("Europe/London"))
cal.setTime(ordered)
cal.add(Calendar.DAY_OF_MONTH, 30)
Date returnBy = cal.getTime()
println "Return by: " + display.format(returnBy)

Date today = input.parse(execution.getVariable("today"))
long diffMs = returnBy.time - today.time
long daysLeft = diffMs / (24L * 60 * 60 * 1000)
println "Days left (raw division): " + daysLeft
println "Days left (intdiv): " + diffMs.intdiv(24L * 60 * 60 * 1000)

boolean eligible = !today.after(returnBy)
execution.setVariable("returnEligible", eligible)
execution.setVariable("returnBy", iso.format(returnBy))

def badDates = ["31/02/2024", "2024-01-05", "15/13/2024", "01/01/2025"]
badDates.each { d ->
    try {
        Date parsed = input.parse(d)
        println "${d} -> ${iso.format(parsed)}"
    } catch (ParseException pe) {
        println "${d} rejected at offset ${pe.errorOffset}"
    }
}
customMetricService.upsertMetric("return_days_left", daysLeft.toString())
