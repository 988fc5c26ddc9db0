import groovy.json.JsonOutput
def payload = [
    conversation: [id: "c-9", turns: 4],
    slots: [city: "Lima", dates: ["mon", "tue"]],
    scores: [[intent: "order", p: 0.91], [intent: "faq", p: 0.09]],
    empty: [list: [], map: [:]],
]
def json = JsonOutput.toJson(payload)
println json
println json.size()
println JsonOutput.toJson([[[1]], [[2, [3]]]])
