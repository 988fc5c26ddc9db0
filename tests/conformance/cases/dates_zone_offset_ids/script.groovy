// ZoneId.of / ZoneOffset.of on offset, prefixed and region IDs: Java's order of checks and messages
import java.time.*
["", "b", "Z", "+5", "-5", "+05", "+5:30", "+05:30", "+0530", "+05:30:15", "+053015", "+19", "+18:01", "abc", "05:00", "+05:3x", "+05-30", "UTC", "UTC+5", "UTC+x", "GMT0", "UTCx", "UT+01:00", "Europe/Paris", "Mars/Base", "-00:00", "+00", "GMT+00:00", "+1", "-18:00", "+01:00:60"].each { id ->
  def a; try { a = ZoneId.of(id).toString() } catch (e) { a = e.class.simpleName + ": " + e.message }
  def b; try { b = ZoneOffset.of(id).toString() } catch (e) { b = e.class.simpleName + ": " + e.message }
  println "'${id}' -> ${a} | ${b}"
}
try { TimeZone.getTimeZone("UTC").getDisplayName(false, 2) } catch (e) { println e.message }
