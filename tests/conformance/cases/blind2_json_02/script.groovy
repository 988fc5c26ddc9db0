import groovy.json.JsonBuilder
import groovy.json.JsonOutput

// Build the custom-UI card payload for the appointment confirmation
def appt = execution.getVariable('appointment')
def options = execution.getVariable('rescheduleOptions') ?: []

def builder = new JsonBuilder()
builder {
    type 'card'
    version 2
    title "Appointment #${appt.id}"
    body {
        text "See you on ${appt.date} at ${appt.time}"
        location appt.location ?: 'online'
        attendees appt.people.collect { [name: it, initials: it.split(' ')*.getAt(0).join()] }
    }
    actions(options.collect { opt -> [label: "Move to ${opt}", value: opt] } + [[label: 'Cancel', value: null]])
    meta(confirmed: true, price: 49.90, tags: ['dental', 'checkup'])
}

String payload = builder.toString()
println payload
println builder.toPrettyString()

def compact = new JsonBuilder([ok: true, list: 1..3, nested: [a: [b: [c: 'deep']]]])
println compact

def arr = new JsonBuilder()
arr(appt.people) { person ->
    name person
    length person.size()
}
println arr.toString()

def content = builder.content
println "content keys: ${content.keySet()} actions=${content.actions.size()} class=${content.getClass().simpleName}"

execution.setVariable('cardPayload', payload)
execution.setVariable('cardActions', content.actions*.label)
transientVariableService.addVariable('lastCard', JsonOutput.toJson([id: appt.id, size: payload.size()]))
customMetricService.upsertMetric('card_size', payload.length().toString())
log.info("card built for appointment ${appt.id}")
