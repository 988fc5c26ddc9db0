import groovy.transform.CompileStatic
import groovy.transform.TypeChecked

// Statically compiled helpers for parsing key=value utterances into typed slots
@CompileStatic
class SlotParser {
    static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<String, String>()
        for (String part : text.split(";")) {
            String trimmed = part.trim()
            if (trimmed.isEmpty()) continue
            int eq = trimmed.indexOf('=')
            if (eq < 0) {
                out.put(trimmed.toLowerCase(), "true")
            } else {
                out.put(trimmed.substring(0, eq).trim().toLowerCase(), trimmed.substring(eq + 1).trim())
            }
        }
        return out
    }

    static int intOr(Map<String, String> m, String key, int dflt) {
        String v = m.get(key)
        if (v == null) return dflt
        try {
            return Integer.parseInt(v)
        } catch (NumberFormatException e) {
            return dflt
        }
    }
}

@TypeChecked
String describe(Map<String, String> slots) {
    StringBuilder sb = new StringBuilder()
    slots.each { String k, String v -> sb.append(k).append('->').append(v).append(' ') }
    return sb.toString().trim()
}

String utterance = (String) execution.getVariable("utterance")
Map<String, String> slots = SlotParser.parse(utterance)
println describe(slots)

int guests = SlotParser.intOr(slots, "guests", 1)
int nights = SlotParser.intOr(slots, "nights", 1)
boolean breakfast = Boolean.parseBoolean(slots.get("breakfast"))
String room = slots.get("room") ?: "standard"

final int rate = room == "suite" ? 240 : 110
int total = rate * nights + (breakfast ? 15 * guests * nights : 0)
println "guests=${guests} nights=${nights} breakfast=${breakfast} room=${room} total=${total}"

Object[] summary = [guests, nights, room, total] as Object[]
println "summary array: ${summary.length} -> ${Arrays.asList(summary)}"
String[] keys = slots.keySet().toArray(new String[0])
println "keys: " + String.join("|", keys)

execution.setVariable("bookingTotal", total)
execution.setVariable("bookingSlots", slots)
customMetricService.upsertMetric("booking_total", "" + total)
log.info("booking parsed: " + keys.length + " slots")
