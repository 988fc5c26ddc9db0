// ---- library: contact helpers (imported by several flows) ----
String formatPhone(String raw) {
    String d = raw?.replaceAll(/\D/, "")
    if (!d) return null
    if (d.length() == 11 && d.startsWith("1")) d = d.substring(1)
    if (d.length() != 10) return raw.trim()
    return "(${d[0..2]}) ${d[3..5]}-${d[6..9]}"
}

String maskEmail(String email) {
    if (!email?.contains("@")) return email
    def (user, domain) = email.split("@", 2)
    return user.size() <= 2 ? "${user[0]}*@${domain}" : "${user[0]}${'*' * (user.size() - 2)}${user[-1]}@${domain}"
}

class CustomerProfile {
    String id
    String name
    String phone
    String email
    List<String> segments = []

    boolean isVip() { "vip" in segments }

    String getFirstName() { name?.tokenize(" ")?.first() }

    String toString() { "CustomerProfile(${id}, ${name}${vip ? ', VIP' : ''})" }
}

CustomerProfile loadProfile(Map raw) {
    new CustomerProfile(id: raw.id, name: raw.name?.trim(), phone: formatPhone(raw.phone),
            email: raw.email?.toLowerCase(), segments: raw.segments ?: [])
}
// ---- end library ----

def raw = transientVariableService.getVariable("crmRecord")
CustomerProfile p = loadProfile(raw)
println p
println "first name: ${p.firstName}"
println "phone: ${p.phone}"
println "masked email: ${maskEmail(p.email)}"
println "vip: ${p.vip}"

["+1 (555) 123-4567", "555.987.6543", "12345", null, "  020 7946 0958 "].each {
    println "formatPhone(${it}) = ${formatPhone(it)}"
}
["ab@x.io", "a@x.io", "no-at-sign", null, "jonathan@example.com"].each {
    println "maskEmail(${it}) = ${maskEmail(it)}"
}

execution.setVariable("greetingName", p.firstName)
execution.setVariable("isVip", p.vip)
execution.setVariable("maskedEmail", maskEmail(p.email))
transientVariableService.addVariable("profileSummary", p.toString())
customMetricService.upsertMetric("vip_customer", p.vip.toString())
log.info("loaded ${p}")
