def c = new GregorianCalendar()
[2024, 1900, 2000, 2023, 1600, 4].each { println "$it ${c.isLeapYear(it)}" }
println c.isLeapYear(1500)
