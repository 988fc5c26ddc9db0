import groovy.json.JsonSlurper
def text = '{"active":true,"amount":12.50,"big":12345678901,"count":3,"name":"Ana","nothing":null,"ratio":0.5,"tags":["a","b"]}'
def obj = new JsonSlurper().parseText(text)
println obj.name
println obj.count
println obj.count.class.simpleName
println obj.amount
println obj.amount.class.simpleName
println obj.ratio.class.simpleName
println obj.big
println obj.big.class.simpleName
println obj.active
println obj.active.class.simpleName
println obj.nothing
println obj.tags
println obj.tags.class.simpleName
println obj.keySet()
println obj.size()
