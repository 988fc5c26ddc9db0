// Notification channels with an abstract base class.
abstract class Notifier {
    String recipient
    int sent = 0

    Notifier(String recipient) {
        this.recipient = recipient
    }

    abstract String channel()

    abstract int maxLength()

    String format(String text) {
        text.length() > maxLength() ? text.take(maxLength() - 3) + "..." : text
    }

    String send(String text) {
        sent++
        "[${channel()}] to ${recipient}: ${format(text)}"
    }

    String toString() { "${getClass().simpleName}(${recipient}, sent=${sent})" }
}

class SmsNotifier extends Notifier {
    SmsNotifier(String number) { super(number) }
    String channel() { "SMS" }
    int maxLength() { 40 }
}

class EmailNotifier extends Notifier {
    String subject
    EmailNotifier(String address, String subject) {
        super(address)
        this.subject = subject
    }
    String channel() { "EMAIL" }
    int maxLength() { 500 }
    @Override
    String format(String text) { "Subject: ${subject} | " + super.format(text) }
}

class PushNotifier extends SmsNotifier {
    PushNotifier(String device) { super(device) }
    String channel() { "PUSH" }
    int maxLength() { 25 }
}

String message = execution.getVariable("message")
List<Notifier> notifiers = [
        new SmsNotifier("+15550100"),
        new EmailNotifier("kim@example.com", "Your claim"),
        new PushNotifier("device-77")
]

notifiers.each { println it.send(message) }
notifiers[0].send("second ping")

println notifiers.collect { it.toString() }.join("; ")
println "is SMS? " + notifiers.collect { it instanceof SmsNotifier }
println "classes: " + notifiers*.getClass()*.simpleName
println "total sent: " + notifiers.sum { it.sent }

execution.setVariable("channelsUsed", notifiers*.channel())
customMetricService.upsertMetric("notifications_sent", notifiers.sum { it.sent }.toString())
