import java.text.SimpleDateFormat

// Legacy flow: parse the date the user typed with SimpleDateFormat and confirm in FR/DE/EN
def input = execution.getVariable('dateText')
def lang = execution.getVariable('lang') ?: 'en'
def patterns = ['dd/MM/yyyy HH:mm', 'yyyy-MM-dd HH:mm', 'dd.MM.yyyy HH:mm']

Date parsed = null
String usedPattern = null
for (p in patterns) {
    def sdf = new SimpleDateFormat(p)
    sdf.lenient = false
    sdf.timeZone = TimeZone.getTimeZone('Europe/Berlin')
    try {
        parsed = sdf.parse(input)
        usedPattern = p
        break
    } catch (java.text.ParseException e) {
        log.debug("not ${p}: ${e.message}")
    }
}
if (!parsed) {
    execution.setVariable('dateError', "cannot read '${input}'")
    return
}
println "pattern: $usedPattern"
def locales = [en: Locale.UK, fr: Locale.FRANCE, de: Locale.GERMANY]
def out = new SimpleDateFormat("EEEE d MMMM yyyy 'à' HH:mm", locales[lang])
if (lang != 'fr') out = new SimpleDateFormat(lang == 'de' ? "EEEE, d. MMMM yyyy 'um' HH:mm 'Uhr'" : "EEEE d MMMM yyyy 'at' HH:mm", locales[lang])
out.timeZone = TimeZone.getTimeZone('Europe/Berlin')
def confirmation = out.format(parsed)
println confirmation
execution.setVariable('confirmation', confirmation)

locales.each { code, loc ->
    def f = new SimpleDateFormat('EEE d MMM', loc)
    f.timeZone = TimeZone.getTimeZone('Europe/Berlin')
    println "${code}: ${f.format(parsed)}"
}

def iso = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ssXXX")
iso.timeZone = TimeZone.getTimeZone('UTC')
execution.setVariable('isoUtc', iso.format(parsed))
println "epoch millis: ${parsed.time}"
def cal = Calendar.getInstance(TimeZone.getTimeZone('Europe/Berlin'), Locale.GERMANY)
cal.time = parsed
println "week of year: ${cal.get(Calendar.WEEK_OF_YEAR)}, day of week: ${cal.get(Calendar.DAY_OF_WEEK)}"
cal.add(Calendar.DAY_OF_MONTH, 7)
def reminder = new SimpleDateFormat('dd.MM.yyyy', Locale.GERMANY)
reminder.timeZone = TimeZone.getTimeZone('Europe/Berlin')
execution.setVariable('followUp', reminder.format(cal.time))
customMetricService.upsertMetric('date_pattern', usedPattern)
log.info("confirmed ${confirmation}")
