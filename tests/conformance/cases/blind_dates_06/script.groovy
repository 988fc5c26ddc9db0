import java.time.*
import java.time.format.DateTimeFormatter
import java.time.format.FormatStyle
import java.time.format.TextStyle

// Confirm a booking in the customer's language.
String lang = execution.getVariable("language")
Map<String, Locale> locales = [
        en: Locale.US,
        fr: Locale.FRANCE,
        de: Locale.GERMANY,
        es: new Locale("es", "ES"),
        it: Locale.ITALY
]
Locale loc = locales.get(lang, Locale.US)
LocalDateTime booking = LocalDateTime.of(2024, 7, 4, 14, 5)

Map<String, String> templates = [
        en: "Your table is booked for %s at %s.",
        fr: "Votre table est réservée pour le %s à %s.",
        de: "Ihr Tisch ist für %s um %s reserviert.",
        es: "Su mesa está reservada para el %s a las %s.",
        it: "Il tuo tavolo è prenotato per %s alle %s."
]

String day = booking.format(DateTimeFormatter.ofPattern("EEEE d MMMM", loc))
String time = booking.format(DateTimeFormatter.ofPattern("HH:mm", loc))
String message = String.format(templates[lang] ?: templates.en, day, time)
println message
execution.setVariable("confirmation", message)

locales.each { code, Locale l ->
    def month = booking.month.getDisplayName(TextStyle.FULL, l)
    def shortDay = booking.dayOfWeek.getDisplayName(TextStyle.SHORT, l)
    def medium = booking.toLocalDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l))
    println "${code}: ${month} | ${shortDay} | ${medium}"
}

println "Months in German: " + (1..12).collect { Month.of(it).getDisplayName(TextStyle.SHORT, Locale.GERMANY) }.join(",")
println "Weekdays in French: " + DayOfWeek.values().collect { it.getDisplayName(TextStyle.FULL, Locale.FRANCE) }

println "Locale tag: " + loc.toLanguageTag() + " / display: " + loc.getDisplayLanguage(Locale.US)
transientVariableService.addVariable("bookingLocale", loc.toString())
customMetricService.upsertMetric("booking_lang", lang)
log.info("confirmation sent in ${loc.getDisplayName(Locale.US)}")
