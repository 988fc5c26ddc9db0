import java.text.SimpleDateFormat
def d = Date.parse('yyyy-MM-dd HH:mm', '2024-02-28 23:30')
println d.format('yyyy-MM-dd')
def next = d + 1
println next.format('EEE dd MMM yyyy')
println((next - d))
def cal = Calendar.getInstance()
cal.setTime(d)
cal.add(Calendar.DAY_OF_MONTH, 2)
println cal.get(Calendar.MONTH) + ' ' + cal.get(Calendar.DAY_OF_MONTH)
def sdf = new SimpleDateFormat('dd/MM/yyyy')
println sdf.format(d)
println sdf.parse('01/03/2024').format('yyyy-MM-dd')
println d.before(next) && !d.after(next)
println d[Calendar.YEAR]
println d.clearTime().format('HH:mm')
def t = java.time.LocalDate.of(2024, 1, 31)
println t.plusMonths(1)
println t.getDayOfWeek()
println java.time.LocalDate.parse('2024-03-15').withDayOfMonth(1)
println java.time.Duration.ofMinutes(135).toHours()
def ldt = java.time.LocalDateTime.of(2024, 5, 6, 7, 8, 9)
println ldt.format(java.time.format.DateTimeFormatter.ofPattern('yyyy/MM/dd HH:mm:ss'))
println java.time.temporal.ChronoUnit.DAYS.between(t, java.time.LocalDate.of(2024, 12, 25))
def r = new Random(1)
println((1..5).collect { r.nextInt(10) })
println Math.round(2.5) + ' ' + Math.round(-2.5) + ' ' + Math.floor(-1.1) + ' ' + Math.abs(-3)
println Math.max(1, 2L).getClass().simpleName
println 3.14159.round(new java.math.MathContext(3))
println 1234.5678.setScale(1, java.math.RoundingMode.HALF_EVEN)
println new BigDecimal('1.10').stripTrailingZeros().toPlainString()
println 1.1 * 3
println (1.1d * 3)
println 5.0 / 2 + ' ' + (5 / 2.0).getClass().simpleName
println 1000000.0 * 1000000.0
println 12345678901234567890 + 1
println 0.000001 + ' ' + 0.0000001 + ' ' + 1e-7d + ' ' + 123456789.0d + ' ' + 1.0E7d
println(((int) 3.99) + ((long) -3.99))
println 'A'.next() + ('a' as char).plus(1)
