// Shortens a reply that carries an emoji to the channel's limit (runs, counts differently).
def reply = "Thanks for waiting 🙏 your order is on its way"
def limit = 40
def shown = reply.size() > limit ? reply.take(limit) + "…" : reply
transientVariableService.addVariable("reply", shown)
shown
