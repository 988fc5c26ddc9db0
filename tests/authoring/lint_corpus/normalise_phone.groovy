// Normalise the phone number slot to E.164 for the CRM lookup (clean).
def raw = transientVariableService.getVariable("phone") ?: ""
def digits = raw.replaceAll(/[^0-9+]/, "")
if (digits.startsWith("00")) {
    digits = "+" + digits.substring(2)
} else if (!digits.startsWith("+")) {
    digits = "+49" + digits.replaceFirst(/^0/, "")
}
transientVariableService.addVariable("phoneE164", digits)
digits
