"""java.time classes: LocalDate/Time, ZonedDateTime, Instant, Duration/Period, the enums and
DateTimeFormatter."""
