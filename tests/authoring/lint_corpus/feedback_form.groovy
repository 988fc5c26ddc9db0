// Build the feedback form shown after the conversation (clean).
import groovy.json.JsonOutput

def fields = [
    [type: "rating", name: "score", label: "How did we do?", max: 5],
    [type: "text", name: "comment", label: "Anything to add?", required: false],
]
def form = [id: "feedback", title: "Your feedback", fields: fields]
transientVariableService.addVariable("uiForm", JsonOutput.toJson(form))
fields.size()
