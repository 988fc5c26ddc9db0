import java.text.DateFormatSymbols
def s = new DateFormatSymbols(Locale.FRENCH)
println(s.months); println(s.shortMonths.getClass().name); println(s.weekdays); println(s.shortWeekdays); println(s.amPmStrings); println(s.eras)
println(new DateFormatSymbols().months[0])
println(DateFormatSymbols.getInstance(Locale.GERMAN).shortMonths)
println(new DateFormatSymbols(Locale.UK).weekdays[1])
