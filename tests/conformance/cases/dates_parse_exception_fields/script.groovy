import java.time.Duration
import java.time.LocalDate
import java.time.LocalDateTime
import java.time.LocalTime
import java.time.format.DateTimeFormatter
import java.time.format.DateTimeParseException

// DateTimeParseException carries the text it failed on and the index where parsing stopped
def f = DateTimeFormatter.ofPattern("dd/MM/yyyy")
["2001-04-03", "31/02/2020", "1/2/2020", "12/12/20201", "", "15/13/2020"].each { s ->
    try {
        println "parsed ${LocalDate.parse(s, f)}"
    } catch (DateTimeParseException e) {
        println "[${e.parsedString}] [${e.errorIndex}] [${e.getParsedString()}] [${e.getErrorIndex()}] ${e.message}"
    }
}
def attempts = [
    { LocalDate.parse("2020-13-01") },
    { LocalDate.parse("x") },
    { LocalTime.parse("25:00") },
    { LocalDateTime.parse("2020-01-01") },
    { LocalDateTime.parse("2020-01-01", DateTimeFormatter.ofPattern("yyyy-MM-dd")) },
    { Duration.parse("x") },
]
attempts.each { c ->
    try {
        println c()
    } catch (DateTimeParseException e) {
        println "[${e.parsedString}] [${e.errorIndex}] ${e.message}"
    }
}
// a year wider than its pad width needs a '+' (strict parsing), and a '+' needs a wider year
["yyyy-MM-dd", "yyyyMMdd", "y-M-d", "yy-MM-dd"].each { pat ->
    ["20201-01-01", "+20201-01-01", "+2020-01-01", "-2020-01-01", "202011201"].each { s ->
        try {
            println "${pat} ${s} -> ${LocalDate.parse(s, DateTimeFormatter.ofPattern(pat))}"
        } catch (DateTimeParseException e) {
            println "${pat} ${s}: ${e.errorIndex} ${e.message}"
        }
    }
}
["+2020-01-01", "+20201-01-01", "20201-01-01"].each { s ->
    try {
        println LocalDate.parse(s)
    } catch (DateTimeParseException e) {
        println "${s}: ${e.errorIndex} ${e.message}"
    }
}
