import java.text.ParseException
import java.text.SimpleDateFormat

// Calendar.getInstance with a Locale, SimpleDateFormat with Locale.US / ENGLISH / UK, ParseException offsets
TimeZone chicago = TimeZone.getTimeZone("America/Chicago")
["US", "ENGLISH", "CANADA", "ROOT", "JAPAN", "CANADA_FRENCH", "FRENCH"].each { n ->
    Calendar c = Calendar.getInstance(chicago, Locale."$n")
    c.clear()
    c.set(2024, Calendar.JANUARY, 6, 10, 30)
    println "${n}: ${c.firstDayOfWeek} ${c.get(Calendar.WEEK_OF_YEAR)} ${c.get(Calendar.DAY_OF_WEEK)} ${c.timeZone.ID} ${c.timeInMillis}"
}
Calendar byLocale = Calendar.getInstance(Locale.US)
println byLocale.getClass().name
Calendar gc = new GregorianCalendar(chicago)
println gc.timeZone.ID

long sept = 1726660800000L  // 2024-09-18T12:00:00Z
long jan = 1704112200000L   // 2024-01-01T12:30:00Z
["Europe/London", "UTC", "Europe/Paris", "Asia/Tokyo"].each { z ->
    [Locale.US, Locale.ENGLISH, Locale.UK].each { l ->
        def f = new SimpleDateFormat("EEE EEEE d MMM MMMM yyyy hh:mm a z zzzz G", l)
        f.timeZone = TimeZone.getTimeZone(z)
        println "${l} ${z}: ${f.format(new Date(sept))} / ${f.format(new Date(jan))}"
    }
}
def us = new SimpleDateFormat("yyyy-MM-dd EEE HH:mm z", Locale.US)
us.timeZone = chicago
println us.format(new Date(jan))

SimpleDateFormat input = new SimpleDateFormat("dd/MM/yyyy", Locale.UK)
input.timeZone = TimeZone.getTimeZone("UTC")
input.lenient = false
["31/02/2024", "2024-01-05", "15/13/2024", "01/01/2025", "x1/01/2025", "01/01", "01-01-2025"].each { d ->
    try {
        println "${d} -> ${input.parse(d).time}"
    } catch (ParseException pe) {
        println "${d} rejected at offset ${pe.errorOffset} (${pe.getErrorOffset()}): ${pe.message}"
    }
}
def lenient = new SimpleDateFormat("dd MMM yyyy", Locale.ENGLISH)
lenient.timeZone = TimeZone.getTimeZone("UTC")
["05 Jan 2024", "05 Foo 2024"].each { d ->
    try {
        println "${d} -> ${lenient.parse(d).time}"
    } catch (ParseException pe) {
        println "${d} rejected at offset ${pe.errorOffset}"
    }
}
