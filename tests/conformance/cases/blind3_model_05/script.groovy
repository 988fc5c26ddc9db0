// Notification strategy: interface with closure coercion, static helper class, map-coerced interface
interface Notifier {
    String send(String to, String text)
}

class Templates {
    static final String SIGNATURE = '-- Your assistant'
    static int sent = 0

    static String shorten(String s, int max) {
        s.length() <= max ? s : s.take(max - 1) + '…'
    }

    static String render(String name, String body) {
        sent++
        "Hi ${name},\n${body}\n${SIGNATURE}"
    }
}

class SmsNotifier implements Notifier {
    String sender
    String send(String to, String text) { "SMS from ${sender} to ${to}: ${Templates.shorten(text.replace('\n', ' '), 50)}" }
}

def prefs = execution.getVariable('contactPrefs')
def message = execution.getVariable('message')

Notifier email = { to, text -> "EMAIL to ${to} (${text.readLines().size()} lines)".toString() } as Notifier
Notifier push = [send: { to, text -> "PUSH to device ${to.toUpperCase()}: ${text.readLines()[1]}".toString() }] as Notifier
def registry = [sms: new SmsNotifier(sender: 'ACME'), email: email, push: push]

def outbox = []
prefs.each { p ->
    def body = Templates.render(p.name, message)
    def channel = registry[p.channel]
    if (channel == null) {
        log.warn("no channel ${p.channel} for ${p.name}")
        return
    }
    outbox << channel.send(p.address, body)
}
outbox.each { println it }
println "rendered: ${Templates.sent}"
execution.setVariable('outbox', outbox)
customMetricService.upsertMetric('notifications_sent', outbox.size().toString())

println Templates.render('Ana', 'short')
println Templates.shorten('abcdefghij', 5)
println "is notifier: ${registry.values().every { it instanceof Notifier }}"
def byType = registry.collectEntries { k, v -> [(k): v instanceof SmsNotifier ? 'class' : 'coerced'] }
println byType
Runnable r = { println 'runnable ran' }
r.run()
Comparator<String> byLength = { a, b -> a.length() <=> b.length() } as Comparator<String>
println prefs*.name.sort(false, byLength)
log.info("outbox ${outbox.size()}")
