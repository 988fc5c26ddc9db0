// Build a fixed-width receipt and a CSV export for the store back office
def sales = execution.getVariable('sales')
int width = 36

def line = { String left, String right -> left.take(width - right.size() - 1).padRight(width - right.size()) + right }
def sb = new StringBuilder()
sb << '*' * width << '\n'
sb << 'CORNER SHOP'.center(width) << '\n'
sb << "Receipt ${execution.getVariable('receiptNo')}".center(width) << '\n'
sb << '*' * width << '\n'
sales.each { s ->
    sb << line("${s.qty}x ${s.item}", String.format('%.2f', s.qty * s.unit)) << '\n'
}
def total = sales.sum { it.qty * it.unit }
sb << '-' * width << '\n'
sb << line('TOTAL', String.format('%.2f', total)) << '\n'
String receipt = sb.toString()
print receipt

def csvEscape = { v ->
    def s = v == null ? '' : v.toString()
    s.contains(',') || s.contains('"') || s.contains('\n') ? '"' + s.replace('"', '""') + '"' : s
}
def header = ['item', 'qty', 'unit', 'note']
def csv = ([header.join(',')] + sales.collect { s -> header.collect { csvEscape(s[it]) }.join(',') }).join('\r\n')
println csv.replace('\r\n', '\\r\\n' + '\n')

def parsedBack = csv.readLines().tail().collect { it.split(',', -1).size() }
println "field counts: ${parsedBack}"

def sw = new StringWriter()
sw.withPrintWriter { pw ->
    pw.printf('%-10s|%5s|%n', 'left', 'right')
    pw.print('no newline')
}
println sw.toString().replace('\n', '<NL>')
println "stringbuilder ops: ${new StringBuilder('abcdef').insert(3, '-').reverse().deleteCharAt(0)}"
println "join variants: ${sales*.item.join(', ')} | ${String.join('/', sales*.item)}"

execution.setVariable('receiptText', receipt)
execution.setVariable('exportCsv', csv)
customMetricService.upsertMetric('receipt_total', String.format('%.2f', total))
log.info("receipt ${execution.getVariable('receiptNo')} rendered (${receipt.readLines().size()} lines)")
