import groovy.json.JsonSlurper
def text = '''{
  "customer": {"id": 42, "name": "Li", "tier": "gold"},
  "items": [
    {"price": 2.5, "qty": 2, "sku": "A"},
    {"price": 10, "qty": 1, "sku": "B"}
  ],
  "meta": {"channel": "web", "retries": 0}
}'''
def order = new JsonSlurper().parseText(text)
println order.customer.name
println order.items.size()
println order.items*.sku
println order.items.sum { it.price * it.qty }
println order.items.find { it.sku == "B" }.price
println order.meta.retries ?: "no retries"
println order.missing?.field
println order["customer"]["tier"]
println order.items[0].keySet()
