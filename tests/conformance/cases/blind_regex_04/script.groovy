import java.util.regex.Pattern
import java.util.regex.Matcher

// Parse shipping-label lines with named groups.
Pattern LABEL = Pattern.compile(
        "(?<carrier>UPS|FedEx|DHL)\\s+(?<tracking>[A-Z0-9]{8,18})\\s+(?<weight>\\d+(?:\\.\\d+)?)\\s*(?<unit>kg|lb)",
        Pattern.CASE_INSENSITIVE)

def lines = execution.getVariable("labels")
def parsed = []
lines.each { String line ->
    Matcher m = LABEL.matcher(line)
    if (m.matches()) {
        BigDecimal w = new BigDecimal(m.group("weight"))
        String unit = m.group("unit").toLowerCase()
        BigDecimal kg = unit == "lb" ? (w * 0.45359237).setScale(2, BigDecimal.ROUND_HALF_UP) : w
        parsed << [carrier: m.group("carrier").toUpperCase(), tracking: m.group("tracking"), kg: kg]
        println "${m.group('carrier')} ${m.group('tracking')} -> ${kg} kg"
    } else {
        println "unparsed: '${line}'"
    }
}

Pattern multi = Pattern.compile("^#(\\w+)", Pattern.MULTILINE)
Matcher hm = multi.matcher("#urgent first\nnot a tag\n#fragile second\n  #indented")
def tags = []
while (hm.find()) tags << hm.group(1)
println "tags: ${tags}"

Pattern dotall = Pattern.compile("<note>(.*?)</note>", Pattern.DOTALL)
Matcher nm = dotall.matcher("<note>leave at\nback door</note><note>ring twice</note>")
def notes = []
while (nm.find()) notes << nm.group(1).replace("\n", " ")
println "notes: ${notes}"

println "flags: ${LABEL.flags()}, pattern ok: ${LABEL.pattern().startsWith('(?<carrier>')}"
println "split: ${Pattern.compile('\\s*[,;]\\s*').split('a , b;c ;  d').toList()}"

def heaviest = parsed.max { it.kg }
execution.setVariable("parcels", parsed.size())
execution.setVariable("heaviest", heaviest?.tracking)
customMetricService.upsertMetric("total_kg", parsed.sum { it.kg }.toString())
