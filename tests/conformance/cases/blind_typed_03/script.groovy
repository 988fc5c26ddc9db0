import java.util.regex.Matcher
import java.util.regex.Pattern

// Pull structured fields out of a free-text support email.
final Pattern ORDER = Pattern.compile("(?i)order\\s*#?\\s*([A-Z]{2}-\\d{4,6})")
final Pattern AMOUNT = ~/(\$|EUR\s?)(\d+(?:[.,]\d{2})?)/
final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()-]{7,}\\d")

String body = execution.getVariable("emailBody")

Matcher om = ORDER.matcher(body)
List<String> orders = []
while (om.find()) {
    orders.add(om.group(1).toUpperCase())
    println "order at ${om.start()}-${om.end()}: ${om.group()}"
}

Matcher am = body =~ AMOUNT
List<BigDecimal> amounts = []
while (am.find()) {
    String currency = am.group(1).trim()
    BigDecimal value = new BigDecimal(am.group(2).replace(',', '.'))
    amounts << value
    println "amount: ${currency} ${value}"
}

Matcher pm = PHONE.matcher(body)
String phone = pm.find() ? pm.group().replaceAll("[^+\\d]", "") : null
println "phone: ${phone}"

Matcher whole = Pattern.compile("^Dear (\\w+),").matcher(body)
if (whole.lookingAt()) {
    println "greeting name: ${whole.group(1)}, groups=${whole.groupCount()}"
}

boolean allUpper = body.readLines().first() ==~ /[A-Z ,]+/
println "first line upper? ${allUpper}"

Matcher m2 = "AB-1234 and CD-98765" =~ /([A-Z]{2})-(\d+)/
println "count=${m2.count}, second prefix=${m2[1][1]}"

execution.setVariable("orders", orders.unique())
execution.setVariable("amountTotal", amounts.sum() ?: 0)
execution.setVariable("phone", phone)
customMetricService.upsertMetric("orders_found", String.valueOf(orders.size()))
