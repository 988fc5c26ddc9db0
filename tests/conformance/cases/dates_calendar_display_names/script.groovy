// Calendar.getDisplayName in every style and field, DateFormat's style checks, isSupported(ChronoUnit)
import java.time.*
import java.time.temporal.*
import java.text.DateFormat
def cal = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.FRANCE)
cal.setTimeInMillis(1720094400000L)
[0, 1, 2, 3, 4, 5, 0x8001, 0x8002, 0x8004].each { st ->
  println ([Calendar.MONTH, Calendar.DAY_OF_WEEK, Calendar.AM_PM, Calendar.ERA, Calendar.YEAR, 17].collect { f ->
    try { cal.getDisplayName(f, st, Locale.FRANCE) } catch (e) { e.class.simpleName } })
}
println ([Calendar.MONTH, Calendar.DAY_OF_WEEK, Calendar.AM_PM, Calendar.ERA].collect { cal.getDisplayName(it, Calendar.NARROW_FORMAT, Locale.US) })
try { DateFormat.getDateTimeInstance(-1, 7) } catch (e) { println e.message }
try { DateFormat.getTimeInstance(9) } catch (e) { println e.message }
println ChronoUnit.values().collect { u -> [LocalDate.of(2024,1,1), LocalDateTime.of(2024,1,1,0,0), LocalTime.NOON, Instant.EPOCH, OffsetDateTime.of(2024,1,1,0,0,0,0,ZoneOffset.UTC)].collect { it.isSupported(u) ? 1 : 0 }.join() }
println OffsetDateTime.of(2024,1,1,0,0,0,0,ZoneOffset.UTC).get(IsoFields.QUARTER_OF_YEAR)
[Locale.US, Locale.GERMANY, Locale.UK].each { l -> println ([1, 2, 4, 0x8001, 0x8002, 0x8004].collect { st -> [Calendar.ERA, Calendar.AM_PM, Calendar.MONTH].collect { cal.getDisplayName(it, st, l) } }) }
