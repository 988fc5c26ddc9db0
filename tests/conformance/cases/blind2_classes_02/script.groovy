// Notification channels: interface + abstract base + subclasses
interface Channel {
    String send(String to, String text)
    boolean accepts(String address)
}

abstract class BaseChannel implements Channel {
    protected int sent = 0
    abstract String getKind()
    String send(String to, String text) {
        if (!accepts(to)) throw new IllegalStateException("${kind} cannot deliver to ${to}")
        sent++
        "[${kind}#${sent}] ${to}: ${format(text)}"
    }
    protected String format(String text) { text }
    int getSent() { sent }
}

class SmsChannel extends BaseChannel {
    String getKind() { 'sms' }
    boolean accepts(String a) { a ==~ /\+\d{8,15}/ }
    protected String format(String text) { text.size() > 20 ? text.take(17) + '...' : text }
}

class EmailChannel extends BaseChannel {
    String signature = '-- Team'
    String getKind() { 'email' }
    boolean accepts(String a) { a.contains('@') }
    protected String format(String text) { "${super.format(text)} ${signature}" }
}

class PushChannel extends SmsChannel {
    String getKind() { 'push' }
    boolean accepts(String a) { a.startsWith('device:') }
}

def contacts = execution.getVariable('contacts')
List<Channel> channels = [new SmsChannel(), new EmailChannel(signature: '-- Acme Care'), new PushChannel()]
String message = execution.getVariable('message')

def delivered = []
contacts.each { address ->
    Channel ch = channels.find { it.accepts(address) }
    if (ch) {
        delivered << ch.send(address, message)
    } else {
        log.warn("no channel for ${address}")
    }
}
delivered.each { println it }

channels.each { c ->
    println "${c.kind.padRight(6)} sent=${c.sent} class=${c.getClass().simpleName} super=${c.getClass().superclass.simpleName} " +
            "isSms=${c instanceof SmsChannel} isChannel=${c instanceof Channel}"
}

// a coerced ad-hoc channel for tests
Channel echo = [send: { String to, String text -> "echo ${to}/${text}".toString() }, accepts: { String a -> true }] as Channel
println echo.send('nobody', 'ping')
println "echo is Channel: ${echo instanceof Channel}"

execution.setVariable('deliveredCount', delivered.size())
customMetricService.upsertMetric('notifications', delivered.size().toString())

// the last contact was misrouted on purpose by an older BPN version
channels[0].send(contacts.last(), message)
