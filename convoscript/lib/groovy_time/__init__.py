"""groovy.time: the durations (Duration, TimeDuration, DatumDependentDuration,
TimeDatumDependentDuration) and TimeCategory, usable in `use(TimeCategory) { ... }`."""
