// Java-style text utilities: char handling, StringBuilder reverse/insert/delete, String methods
public class TextUtil {
    public static String initials(String fullName) {
        StringBuilder sb = new StringBuilder();
        for (String part : fullName.trim().split("\\s+")) {
            if (part.length() > 0 && Character.isLetter(part.charAt(0))) {
                sb.append(Character.toUpperCase(part.charAt(0)));
            }
        }
        return sb.toString();
    }

    public static boolean isPalindrome(String s) {
        String clean = s.toLowerCase().replaceAll("[^a-z0-9]", "");
        return new StringBuilder(clean).reverse().toString().equals(clean);
    }

    public static String slug(String s) {
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128) {
                out.append(Character.toLowerCase(c));
                dash = false;
            } else if (!dash && out.length() > 0) {
                out.append('-');
                dash = true;
            }
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) == (char) '-') {
            out.deleteCharAt(out.length() - 1);
        }
        return out.toString();
    }
}

String name = (String) execution.getVariable("customerName");
String title = (String) execution.getVariable("articleTitle");
println("initials: " + TextUtil.initials(name));
println("slug: " + TextUtil.slug(title));
String[] tests = ["A man, a plan, a canal: Panama", "Hello", "No 'x' in Nixon"] as String[];
for (String t : tests) {
    println(t + " -> " + TextUtil.isPalindrome(t));
}
StringBuilder sb = new StringBuilder("0123456789");
sb.insert(5, "-").delete(0, 2).replace(0, 1, "X").append(true).append(3.5d).append('c');
println(sb + " len=" + sb.length() + " idx=" + sb.indexOf("-"));
println(name.indexOf('a') + " " + name.lastIndexOf("a") + " " + name.charAt(2) + " " + name.substring(3, 7).toUpperCase());
println("" + name.startsWith("Mar") + " " + name.endsWith("z") + " " + name.contains("ía") + " " + name.equalsIgnoreCase("MARÍA GONZÁLEZ"));
println(String.valueOf(['o', 'k'] as char[]) + " " + "a,b,,c,".split(",").length + " " + "  pad ".trim().length());
println("compare: " + "apple".compareTo("banana") + " " + "b".compareToIgnoreCase("B") + " " + "x".repeat(3));
execution.setVariable("slug", TextUtil.slug(title));
execution.setVariable("initials", TextUtil.initials(name));
customMetricService.upsertMetric("slug_length", String.valueOf(TextUtil.slug(title).length()));
log.info("text utils done for " + name);
