// Compose the order confirmation message shown in the chat
def order = execution.getVariable('order')
def user = execution.getVariable('user') ?: [:]

def firstName = user.name?.tokenize()?.first()?.capitalize() ?: 'there'
def itemLines = order.items.collect { item ->
    def label = item.qty > 1 ? "${item.qty} x ${item.name}" : item.name
    "  • ${label.padRight(24)}${String.format('%8.2f', item.price * item.qty)}"
}
def total = order.items.sum { it.price * it.qty }

def message = """\
Hi ${firstName},

thanks for your order #${order.id}! Here is what we got:
${itemLines.join('\n')}
  ${'-' * 32}
  ${'Total'.padRight(24)}${String.format('%8.2f', total)}

${order.express ? 'It ships today by express.' : 'It ships within 3 working days.'}
${order.note ? "Your note: \"${order.note.trim()}\"" : ''}""".stripIndent().trim()

println message
println '=' * 20

def lazy = "order ${-> order.id} at ${-> order.status}"
order.status = 'PACKED'
println lazy
order.status = 'SHIPPED'
println lazy

def single = 'no ${interpolation} here'
def dollar = "price: \$${total}"
println single
println dollar
println "length=${message.length()} lines=${message.readLines().size()} words=${message.split(/\s+/).size()}"
println "gstring == string: ${"${order.id}" == order.id.toString()} ; in map key: ${[("${order.id}".toString()): 1].containsKey(order.id.toString())}"

execution.setVariable('confirmationText', message)
execution.setVariable('confirmationLines', message.readLines().size())
customMetricService.upsertMetric('confirmation_chars', message.size().toString())
log.info("confirmation prepared for order ${order.id}")
