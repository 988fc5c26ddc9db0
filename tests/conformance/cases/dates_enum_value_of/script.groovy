// Enum.valueOf(Class, String) inherited by the java.time enums: any enum class, Java's messages
import java.time.*
import java.time.format.*
import java.time.temporal.ChronoUnit
[[Month, "MAY"], [String, "x"], [Integer, "1"], [List, "b"], [DayOfWeek, "FRIDAY"], [ChronoUnit, "DAYS"], [TextStyle, "FULL"], [FormatStyle, "SHORT"], [Month, "Nope"], [Month, null]].each { c, n ->
  [{ Month.valueOf(c, n) }, { FormatStyle.valueOf(c, n) }].each { f ->
    try { println f() } catch (e) { println e.class.simpleName + ": " + e.message }
  }
}
try { println Month.valueOf(null) } catch (e) { println e.class.simpleName + ": " + e.message }
