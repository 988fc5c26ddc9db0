// Script task: fill the transfer form's slots with the shared slot library (lib/slots.groovy).
def utterance = execution.getVariable("utterance") ?: ""
def samples = [utterance, "transfer 25,50 eur to +34 612 345 678", "send 100€ to 91 555 12 34",
               "pay 0 eur", "ES91 2100 0418 4502 0005 1332 please"]
def slots = []
for (s in samples) {
    slots << phoneSlot(s)
    slots << amountSlot(s)
}
def valid = slots.findAll { it.valid }
execution.setVariable("slots", valid*.toString().join(";"))
execution.setVariable("iban", maskIban(samples[-1].find(/ES[\d ]+\d/)))
customMetricService.upsertMetric("valid_slots", valid.size().toString())
log.info("slots: ${slots.size()} read, ${valid.size()} valid")
