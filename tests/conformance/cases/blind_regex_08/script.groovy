import java.util.regex.Pattern
import java.util.regex.Matcher

// Fill a response template whose placeholders may contain regex/replacement special characters.
String template = execution.getVariable("template")
Map values = execution.getVariable("values")

String filled = template
values.each { String key, val ->
    String placeholder = Pattern.quote("{{" + key + "}}")
    filled = filled.replaceAll(placeholder, Matcher.quoteReplacement(String.valueOf(val)))
}
println filled

def leftover = (filled =~ /\{\{(\w+)\}\}/).collect { it[1] }
println "unfilled placeholders: ${leftover}"

// The naive version: '$' in the value is treated as a group reference
try {
    String naive = template.replaceAll(/\{\{price\}\}/, String.valueOf(values.price))
    println "naive: ${naive}"
} catch (IllegalArgumentException | IndexOutOfBoundsException e) {
    println "naive replace failed: ${e.getClass().simpleName}: ${e.message}"
}

println "quote: ${Pattern.quote('a.b*c')}"
println "matches literal: ${'a.b*c' ==~ Pattern.quote('a.b*c')}, plain: ${'axb*c' ==~ 'a.b*c'}"
println "replaceFirst: ${'one-two-three'.replaceFirst('-', ' + ')}"
println "String.replace is literal: ${'1+1=2'.replace('+', ' plus ')}"
println "escape backslash: ${'C:\\dir'.replaceAll('\\\\', '/')}"

String subject = "Order {{order}} ({{status}})"
def out = subject.replaceAll(/\{\{(\w+)\}\}/) { all, key -> values.containsKey(key) ? values[key] : "?" }
println out

execution.setVariable("renderedMessage", filled)
execution.setVariable("unfilled", leftover)
customMetricService.upsertMetric("template_unfilled", leftover.size().toString())
