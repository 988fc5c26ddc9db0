// Character-level checks for a password-reset flow (policy feedback only, no storage).
def candidates = execution.getVariable("candidates")

Map analyse(String pw) {
    int upper = 0, lower = 0, digits = 0, symbols = 0, spaces = 0
    for (char ch : pw.toCharArray()) {
        if (Character.isUpperCase(ch)) upper++
        else if (Character.isLowerCase(ch)) lower++
        else if (Character.isDigit(ch)) digits++
        else if (Character.isWhitespace(ch)) spaces++
        else symbols++
    }
    int maxRun = 1, run = 1
    for (int i = 1; i < pw.length(); i++) {
        run = pw.charAt(i) == pw.charAt(i - 1) ? run + 1 : 1
        maxRun = Math.max(maxRun, run)
    }
    [len: pw.length(), upper: upper, lower: lower, digits: digits, symbols: symbols, spaces: spaces, maxRun: maxRun]
}

candidates.each { String pw ->
    def a = analyse(pw)
    def problems = []
    if (a.len < 10) problems << "too short"
    if (!a.upper) problems << "no uppercase"
    if (!a.digits) problems << "no digit"
    if (!a.symbols) problems << "no symbol"
    if (a.spaces) problems << "contains spaces"
    if (a.maxRun >= 3) problems << "repeated characters"
    String masked = pw[0] + ("*" * (pw.length() - 2)) + pw[-1]
    println "${masked.padRight(16)} ${a} -> ${problems ?: 'OK'}"
}

char c = 'a'
println "char math: ${(char) (c + 2)}, ${(int) c}, ${c.next()}, ${Character.toUpperCase(c)}"
println "char compare: ${'a' < 'b'}, ${(char) 'a' < (char) 'b'}"
def sb = new StringBuilder("secret")
sb.reverse()
sb.insert(0, '[').append(']')
sb.replace(1, 2, "T")
println "builder: ${sb}, length: ${sb.length()}, deleted: ${sb.deleteCharAt(0)}"
println "ascii: ${'AZaz09'.collect { (int) it.charAt(0) }}"
println "from codes: ${[72, 105] .collect { (char) it }.join()}"
println "unicode: ${'é'.length()} ${'😀'.length()} ${'😀'.codePointCount(0, 2)}"

def okCount = candidates.count { String pw -> def a = analyse(pw); a.len >= 10 && a.upper && a.digits && a.symbols && !a.spaces && a.maxRun < 3 }
execution.setVariable("passwordsAcceptable", okCount)
customMetricService.upsertMetric("pw_checked", candidates.size().toString())
