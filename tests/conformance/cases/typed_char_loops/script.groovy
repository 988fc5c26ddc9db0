// Character-level checks, Java style: char loops over toCharArray(), char casts and char arithmetic.
static boolean luhnValid(String number) {
    String digits = number.replaceAll(/\D/, "")
    int sum = 0
    boolean doubleIt = false
    char[] chars = digits.toCharArray()
    for (int i = chars.length - 1; i >= 0; i--) {
        int d = chars[i] - (char) '0'
        if (doubleIt) {
            d *= 2
            if (d > 9) d -= 9
        }
        sum += d
        doubleIt = !doubleIt
    }
    return digits.length() > 1 && sum % 10 == 0
}

static Map<String, Integer> classify(String text) {
    Map<String, Integer> counts = [upper: 0, lower: 0, digit: 0, other: 0]
    for (char c : text.toCharArray()) {
        if (Character.isUpperCase(c)) counts.upper++
        else if (Character.isLowerCase(c)) counts.lower++
        else if (Character.isDigit(c)) counts.digit++
        else counts.other++
    }
    return counts
}

static String caesar(String text, int shift) {
    StringBuilder out = new StringBuilder()
    for (Character ch : text.toCharArray()) {
        if (ch >= ('a' as char) && ch <= ('z' as char)) {
            out.append((char) ((((ch as int) - 97 + shift) % 26) + 97))
        } else {
            out.append(ch)
        }
    }
    return out.toString()
}

List<String> cards = execution.getVariable("cards")
println "luhn: ${cards.collect { luhnValid(it) }}"
println "classes: ${classify('Pass word 42!')}"
println "caesar: ${caesar('hello, world', 3)}"

int vowels = 0
for (ch in "Programming".toCharArray()) {
    if ("aeiou".indexOf(ch as String) >= 0) vowels++
}
List<Integer> codes = []
for (int code : "AZ".toCharArray()) codes << code
List<String> letters = []
for (String s : "xy".toCharArray()) letters << s
println "vowels ${vowels}, codes ${codes}, letters ${letters}"

char[] word = "level".toCharArray()
println "length ${word.length}, size ${word.size()}, first ${word[0]}, list ${word as List}, reversed ${word.toList().reverse().join()}"

char fromInt = (char) 66
char fromLong = (char) 67L
char implicitInt = 68
char fromDecimal = (char) 69.9
char asChar = 70 as char
def firstOf = "Groovy" as char
String fromChar = (char) 71
int codeOf = (char) 'H'
long longOf = 'I' as char
double doubleOf = 'J' as char
println "chars ${[fromInt, fromLong, implicitInt, fromDecimal, asChar, firstOf]}, string ${fromChar} ${fromChar.getClass().simpleName}"
println "codes ${codeOf} ${longOf} ${doubleOf}"

char grade = 'B'
grade++
char next = grade + 1
println "grade ${grade}, next ${next}, compare ${'a' < 'b'}, ${(char) 'a' < (char) 'b'}, sum ${(char) 'a' + 1}"
println "from codes: ${[72, 105].collect { (char) it }.join()}"

try {
    char tooLong = "AB"
    println "not reached ${tooLong}"
} catch (Exception e) {
    println "${e.class.simpleName}: ${e.message}"
}

execution.setVariable("validCards", cards.findAll { luhnValid(it) })
