// Luhn check + masking for card numbers, written Java style by the payments team
static boolean luhnValid(String digits) {
    int sum = 0;
    boolean doubleIt = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
        int d = Character.getNumericValue(digits.charAt(i));
        if (doubleIt) {
            d = d * 2;
            if (d > 9) {
                d = d - 9;
            }
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

static String mask(String digits) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
        if (i > 0 && i % 4 == 0) {
            sb.append(' ');
        }
        sb.append(i < digits.length() - 4 ? '*' : digits.charAt(i));
    }
    return sb.toString();
}

static String brandOf(String digits) {
    char first = digits.charAt(0);
    switch (first) {
        case '4':
            return "VISA";
        case '5':
            return "MASTERCARD";
        case '3':
            return digits.startsWith("34") || digits.startsWith("37") ? "AMEX" : "OTHER";
        default:
            return "OTHER";
    }
}

List<String> raw = (List<String>) execution.getVariable("cards");
Map<String, Object> verdicts = new LinkedHashMap<String, Object>();
int valid = 0;
for (String entry : raw) {
    String digits = entry.replaceAll("[^0-9]", "");
    boolean ok = digits.length() >= 13 && luhnValid(digits);
    String key = digits.length() > 4 ? digits.substring(digits.length() - 4) : digits;
    verdicts.put(key, ok ? brandOf(digits) : "INVALID");
    if (ok) {
        valid++;
    }
    println(String.format("%-22s %s %s", entry, mask(digits), ok ? "ok" : "rejected"));
}

double ratio = raw.isEmpty() ? 0.0d : (double) valid / raw.size();
int percent = (int) Math.round(ratio * 100);
println("valid: " + valid + "/" + raw.size() + " (" + percent + "%)");

execution.setVariable("cardVerdicts", verdicts);
execution.setVariable("validRatio", ratio);
customMetricService.upsertMetric("cards_valid_pct", String.valueOf(percent));
log.info("checked " + raw.size() + " cards");
