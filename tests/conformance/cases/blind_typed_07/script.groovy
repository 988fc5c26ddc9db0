// Validate a card number (Luhn) and an IBAN-ish reference using char arithmetic.
static boolean luhn(String number) {
    String digits = number.replaceAll("[\\s-]", "")
    if (!digits.matches("\\d{12,19}")) return false
    int sum = 0
    boolean dbl = false
    for (int i = digits.length() - 1; i >= 0; i--) {
        int d = digits.charAt(i) - (char) '0'
        if (dbl) {
            d *= 2
            if (d > 9) d -= 9
        }
        sum += d
        dbl = !dbl
    }
    return sum % 10 == 0
}

static String maskCard(String number) {
    StringBuilder sb = new StringBuilder()
    String digits = number.replaceAll("\\D", "")
    for (int i = 0; i < digits.length(); i++) {
        char ch = digits.charAt(i)
        sb.append(i < digits.length() - 4 ? '*' : ch)
        if ((i + 1) % 4 == 0 && i < digits.length() - 1) sb.append(' ')
    }
    return sb.toString()
}

static int letterValue(char ch) {
    if (Character.isDigit(ch)) return Character.getNumericValue(ch)
    return Character.toUpperCase(ch) - (char) 'A' + 10
}

List<String> cards = execution.getVariable("cards")
cards.each { String card ->
    println "${maskCard(card)} valid=${luhn(card)}"
}

String ref = execution.getVariable("reference")
StringBuilder numeric = new StringBuilder()
for (char ch : ref.toCharArray()) {
    if (Character.isLetterOrDigit(ch)) numeric.append(letterValue(ch))
}
BigInteger n = new BigInteger(numeric.toString())
println "reference numeric: ${numeric}"
println "mod 97: ${n.mod(BigInteger.valueOf(97))}"

char grade = 'B'
grade++
println "next grade: ${grade}"
println "chars: ${('a'..'e').collect { (int) it.charAt(0) }}"

def valid = cards.findAll { luhn(it) }
execution.setVariable("validCards", valid.collect { maskCard(it) })
customMetricService.upsertMetric("valid_cards", valid.size().toString())
