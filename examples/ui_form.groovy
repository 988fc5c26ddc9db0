// Build a custom UI form (a delivery-address form) with a small builder, as JSON for the channel.
import groovy.json.JsonOutput

class FormBuilder {
    String id
    String title
    List fields = []

    FormBuilder(String id, String title) {
        this.id = id
        this.title = title
    }

    FormBuilder text(String name, String label, boolean required = false) {
        fields << [type: "text", name: name, label: label, required: required]
        return this
    }

    FormBuilder select(String name, String label, List options) {
        fields << [type: "select", name: name, label: label, options: options]
        return this
    }

    Map build() {
        return [id: id, title: title, fields: fields, submit: "Send"]
    }
}

def country = transientVariableService.getVariable("country") ?: "US"
def form = new FormBuilder("delivery-address", "Where should we deliver?")
    .text("street", "Street and number", true)
    .text("city", "City", true)
    .text(country == "US" ? "zip" : "postcode", country == "US" ? "ZIP code" : "Postcode", true)
if (country == "US") {
    form.select("state", "State", ["CA", "NY", "TX", "WA"])
}
def spec = form.build()
transientVariableService.addVariable("uiForm", JsonOutput.toJson(spec))
execution.setVariable("awaitingForm", spec.id)
spec.fields.size()
