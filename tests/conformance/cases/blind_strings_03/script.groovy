// Compose the escalation email body with multiline strings.
def c = execution.getVariable("case")
String agent = execution.getVariable("agentName")

String body = """\
    Hello ${agent},

    A conversation has been escalated to you.
      Case:      ${c.id}
      Customer:  ${c.customer}
      Priority:  ${c.priority.toUpperCase()}
      Summary:   ${c.summary}

    Thanks,
    Amelia""".stripIndent()
println body
println "---"

String sig = '''Regards,
  |The Support Bot
  |(automated message, do not reply)'''.stripMargin()
println sig
println "---"

String raw = '''Literal ${not.interpolated} and \t tab'''
println raw
String gs = """Items: ${c.items.collect { "\n - ${it}" }.join('')}"""
println gs
println "---"

String custom = """
    #Line one
    #Line two
""".stripMargin('#')
println "custom margin: [${custom}]"
println "lines: ${body.readLines().size()}, non-blank: ${body.readLines().findAll { it.trim() }.size()}"
println "denormalize-safe: ${'a\r\nb'.normalize() == 'a\nb'}"
println "contains priority: ${body.contains('HIGH')}"

String dollar = "Cost: \$${c.cost} (was \$ ${c.cost * 2})"
println dollar

execution.setVariable("emailBody", body)
execution.setVariable("emailSignature", sig)
customMetricService.upsertMetric("email_lines", body.readLines().size().toString())
