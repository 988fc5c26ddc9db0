import java.util.regex.Pattern
import java.util.regex.PatternSyntaxException

// PatternSyntaxException's fields, with and without compile flags, and its message as Java prints it
def bad = ["[unclosed", "(?<year>\\d{4", "a{2x", "a{2,", "a{2,5x", "(a){3", "*x", "(ab", "ab)", "\\", "x\\0"]
bad.each { p ->
    [0, Pattern.CASE_INSENSITIVE].each { flags ->
        try {
            Pattern.compile(p, flags)
            println "compiled ${p}"
        } catch (PatternSyntaxException e) {
            println "[${e.description}] [${e.index}] [${e.pattern}] [${e.getDescription()}] [${e.getIndex()}] [${e.getPattern()}]"
            println e.message
        }
    }
}
println(("a{2}b" =~ /a{2}b/) ? "counted ok" : "no")
println "[a{2]".matches(/\[a\{2]/)
try {
    "x" =~ "(?i)ab{3"
} catch (PatternSyntaxException e) {
    println "${e.index} ${e.pattern}"
    println e
}
