import java.util.ArrayList
import java.util.HashMap
import java.util.List
import java.util.Map

// Written by a Java developer: typed collections, indexed loops, StringBuilder report
final List<String> skus = new ArrayList<>()
final Map<String, Integer> stock = new HashMap<>()
final List<Map<String, Object>> rows = (List<Map<String, Object>>) execution.getVariable("inventory")

for (int i = 0; i < rows.size(); i++) {
    Map<String, Object> row = rows.get(i)
    String sku = (String) row.get("sku")
    Integer qty = (Integer) row.get("qty")
    if (sku == null || qty == null) {
        log.warn("row " + i + " incomplete: " + row)
        continue
    }
    skus.add(sku)
    Integer previous = stock.get(sku)
    stock.put(sku, previous == null ? qty : previous + qty)
}

StringBuilder sb = new StringBuilder()
sb.append("Inventory report\n")
List<String> keys = new ArrayList<String>(stock.keySet())
Collections.sort(keys)
int total = 0
for (String key : keys) {
    int q = stock.get(key).intValue()
    total += q
    sb.append(String.format("%-10s%6d", key, q))
    if (q < 5) {
        sb.append("  LOW")
    }
    sb.append('\n')
}
sb.append("Total: ").append(total).append('\n')
sb.insert(0, "== ")
sb.deleteCharAt(sb.length() - 1)
println(sb.toString())

execution.setVariable("inventoryReport", sb.toString())
execution.setVariable("distinctSkus", keys.size())
customMetricService.upsertMetric("inventory_total", String.valueOf(total))

int lowCount = 0
Iterator<Map.Entry<String, Integer>> it = stock.entrySet().iterator()
while (it.hasNext()) {
    Map.Entry<String, Integer> e = it.next()
    if (e.getValue() < 5) {
        lowCount++
        it.remove()
    }
}
println("low removed: " + lowCount + ", left: " + stock.size())
char[] letters = keys.get(0).toCharArray()
Arrays.sort(letters)
println(new String(letters) + " " + letters.length)
log.info("report built, " + keys.size() + " skus")
