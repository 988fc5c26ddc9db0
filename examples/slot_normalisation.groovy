// Normalise the phone and email slots the user typed before they go to the CRM.
def normalisePhone(String raw) {
    if (raw == null) return null
    String digits = raw.replaceAll(/[^0-9+]/, "")
    if (digits.startsWith("00")) digits = "+" + digits.substring(2)
    if (!digits.startsWith("+") && digits.length() == 10) digits = "+1" + digits
    return digits ==~ /\+[0-9]{8,15}/ ? digits : null
}

def normaliseEmail(String raw) {
    String email = raw?.trim()?.toLowerCase()
    return email ==~ /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/ ? email : null
}

def phone = normalisePhone(transientVariableService.getVariable("phone") as String)
def email = normaliseEmail(transientVariableService.getVariable("email") as String)

def invalid = []
if (phone) execution.setVariable("contactPhone", phone) else invalid << "phone"
if (email) execution.setVariable("contactEmail", email) else invalid << "email"
execution.setVariable("invalidSlots", invalid)
if (invalid) log.warn("could not normalise: ${invalid.join(', ')}")
invalid.isEmpty()
