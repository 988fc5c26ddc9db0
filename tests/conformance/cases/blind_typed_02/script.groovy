// Coercions that happen when variables from the flow land in typed locals.
def rawQty = execution.getVariable("quantity")        // BigDecimal from JSON
def rawCode = execution.getVariable("code")           // Integer
def rawFlag = execution.getVariable("flag")           // String

int qty = rawQty
long bigQty = rawQty as long
double dq = rawQty
String codeText = rawCode
Integer boxed = rawCode
float f = 1.1
short s = 32767
byte b = 100
char c = 'Z'

println "qty=${qty} (${qty.getClass().simpleName})"
println "bigQty=${bigQty} (${bigQty.getClass().simpleName})"
println "dq=${dq} (${dq.getClass().simpleName})"
println "codeText=${codeText} (${codeText.getClass().simpleName})"
println "boxed=${boxed} / f=${f} / s=${s} / b=${b} / c=${c}"

s++
println "short after ++: ${s} (${s.getClass().simpleName})"
b = (byte) (b + 100)
println "byte wrapped: ${b}"
int fromChar = c
println "char code: ${fromChar}, next: ${(char) (c + 1)}"

boolean flag = rawFlag
boolean emptyFlag = ""
boolean zero = 0
println "truthiness: ${flag} ${emptyFlag} ${zero}"

int truncated = (int) 7.99
int rounded = Math.round(7.5f)
long roundedD = Math.round(-2.5d)
println "truncated=${truncated} rounded=${rounded} roundedD=${roundedD}"

def sum = qty + dq
println "int + double -> ${sum.getClass().simpleName}: ${sum}"
def mixed = qty + rawQty
println "int + BigDecimal -> ${mixed.getClass().simpleName}: ${mixed}"
def ratio = qty / 4
println "int / int -> ${ratio.getClass().simpleName}: ${ratio}"

execution.setVariable("qtyInt", qty)
execution.setVariable("qtyDouble", dq)
execution.setVariable("codeText", codeText)
customMetricService.upsertMetric("qty", qty.toString())
