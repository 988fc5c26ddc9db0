// Parsing an order confirmation e-mail with typed regex, text, math and JSON objects.
import groovy.json.JsonBuilder
import groovy.json.JsonSlurper
import java.math.MathContext
import java.math.RoundingMode
import java.text.DateFormat
import java.text.SimpleDateFormat
import java.util.regex.Matcher
import java.util.regex.Pattern

class Extractor {
    static final Pattern ORDER = Pattern.compile(/(?i)order\s+#?([A-Z]{2}-\d+)/)
    static final java.util.regex.Pattern AMOUNT = ~/(\d+)\.(\d{2})/

    static List<String> orders(String text) {
        Matcher m = ORDER.matcher(text)
        List<String> found = []
        while (m.find()) found << m.group(1).toUpperCase()
        return found
    }

    static BigDecimal total(String text) {
        java.util.regex.Matcher m = text =~ AMOUNT
        BigDecimal sum = 0
        m.each { List<String> g -> sum += new BigDecimal(g[0]) }
        return sum
    }
}

String body = execution.getVariable("body")
List<String> orders = Extractor.orders(body)
BigDecimal total = Extractor.total(body)
println "orders ${orders}, total ${total}"

Pattern phone = Pattern.compile(/\+?[\d ()-]{7,}/)
Matcher pm = phone.matcher(body)
String phoneText = pm.find() ? pm.group().replaceAll(/[^\d+]/, "") : null
println "phone ${phoneText}, pattern ${phone.pattern()}"

MathContext mc = new MathContext(4, RoundingMode.HALF_EVEN)
RoundingMode mode = RoundingMode.HALF_UP
BigDecimal vat = total * 0.2
BigDecimal rounded = vat.round(mc)
BigDecimal cents = vat.setScale(2, mode)
Number asNumber = cents
BigInteger whole = total.toBigInteger()
println "vat ${vat}, rounded ${rounded}, cents ${cents}, number ${asNumber}, whole ${whole}, mc ${mc}"

SimpleDateFormat parser = new SimpleDateFormat("yyyy-MM-dd HH:mm")
parser.setTimeZone(TimeZone.getTimeZone("UTC"))
DateFormat printer = new SimpleDateFormat("dd/MM/yyyy")
printer.setTimeZone(TimeZone.getTimeZone("UTC"))
java.text.Format format = printer
Date received = parser.parse(execution.getVariable("received") as String)
println "received ${printer.format(received)} / ${format.format(received)}, epoch ${received.time}"

JsonSlurper slurper = new JsonSlurper()
Map<String, Object> meta = slurper.parseText(execution.getVariable("meta") as String)
List<Object> tags = meta.tags
JsonBuilder json = new JsonBuilder([orders: orders, total: cents, tags: tags])
println "json ${json.toString()}"

try {
    Pattern notAPattern = "abc"
    println "not reached ${notAPattern}"
} catch (Exception e) {
    println "${e.class.simpleName}: ${e.message}"
}
try {
    Matcher notAMatcher = phone
    println "not reached ${notAMatcher}"
} catch (Exception e) {
    println "${e.class.simpleName}: ${e.message}"
}
try {
    MathContext notAContext = 5
    println "not reached ${notAContext}"
} catch (Exception e) {
    println "${e.class.simpleName}: ${e.message}"
}

execution.setVariable("orders", orders)
execution.setVariable("total", cents)
