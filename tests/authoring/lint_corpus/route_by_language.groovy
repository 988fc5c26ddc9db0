// Route the conversation to a queue by the user's language and the time of day (clean).
import java.time.LocalDateTime
import java.time.ZoneId

def language = conversationService.currentUserLanguage() ?: "en"
def now = LocalDateTime.now(ZoneId.of("Europe/Berlin"))
def queues = [en: "support-en", de: "support-de", fr: "support-fr"]
def queue = queues[language] ?: "support-en"
if (!isWithinBusinessHours(now)) {
    queue = "after-hours"
}
execution.setVariable("targetQueue", queue)
transientVariableService.addVariable("routedAt", now.toString())
queue
