// try/catch/finally in Java style with parsing of numeric inputs and a resource-like counter
Map<String, Object> form = (Map<String, Object>) execution.getVariable("form");
List<String> problems = new ArrayList<String>();
int parsedCount = 0;
int attempts = 0;

String[] fields = ["age", "income", "children", "zip"] as String[];
Map<String, Number> parsed = new LinkedHashMap<String, Number>();
for (String f : fields) {
    attempts++;
    try {
        Object raw = form.get(f);
        if (raw == null) {
            throw new NullPointerException("missing " + f);
        }
        String text = raw.toString().trim();
        Number n;
        if (f.equals("income")) {
            n = Double.parseDouble(text.replace(",", ""));
        } else {
            n = Integer.valueOf(text);
        }
        if (n.doubleValue() < 0) {
            throw new IllegalArgumentException(f + " must be positive");
        }
        parsed.put(f, n);
        parsedCount++;
    } catch (NumberFormatException e) {
        problems.add(f + ": " + e.getMessage());
    } catch (NullPointerException | IllegalArgumentException e) {
        problems.add(f + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
    } finally {
        println("checked " + f + " (" + attempts + ")");
    }
}
println("parsed: " + parsed);
println("problems: " + problems);
execution.setVariable("parsedForm", parsed);
execution.setVariable("formProblems", problems);

Integer age = (Integer) parsed.get("age");
String band;
if (age == null) {
    band = "unknown";
} else if (age < 18) {
    band = "minor";
} else if (age < 65) {
    band = "adult";
} else {
    band = "senior";
}
println("band: " + band);
double income = parsed.containsKey("income") ? parsed.get("income").doubleValue() : 0.0d;
double monthly = income / 12;
println(String.format("monthly %.2f, rounded %d, floor %s", monthly, Math.round(monthly), Math.floor(monthly)));
println(Integer.toHexString(255) + " " + Integer.toBinaryString(10) + " " + Long.parseLong("123456789012") + " " + Integer.MAX_VALUE + 1);
println((Integer.MAX_VALUE + 1) + " " + (long) Integer.MAX_VALUE + 1L + " " + 7 / 2 + " " + (double) 7 / 2 + " " + (int) 3.99);
customMetricService.upsertMetric("form_parsed", parsedCount + "/" + fields.length);
log.info("form parsed with " + problems.size() + " problems");
