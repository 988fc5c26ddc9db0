// Pick the end-of-conversation feedback question for the intent the user came with.
def questions = [
    "I_ORDER_STATUS"   : "Did you get the order information you needed?",
    "I_PASSWORD_RESET" : "Were you able to sign in again?",
    "I_BILLING"        : "Is your billing question fully answered?",
]
def intent = transientVariableService.getVariable("intent") ?: "UNKNOWN"
def question = questions[intent] ?: "Did I solve your problem today?"

execution.setVariable("feedbackQuestion", question)
execution.setVariable("feedbackIntent", intent)
log.info("feedback question chosen for ${intent}")
question
