import java.util.ArrayList
import java.util.HashMap
import java.util.List
import java.util.Map

// Inventory reorder calculation, typed locals everywhere
Map<String, Integer> stock = new HashMap<String, Integer>((Map) execution.getVariable("stock"))
Map<String, Integer> minimums = (Map<String, Integer>) execution.getVariable("minimums")
int packSize = (Integer) execution.getVariable("packSize")

List<String> skus = new ArrayList<String>(stock.keySet())
Collections.sort(skus)

int totalPacks = 0
long totalUnits = 0L
List<String> lines = new ArrayList<>()
for (String sku : skus) {
    int have = stock.get(sku)
    Integer min = minimums.get(sku)
    if (min == null) {
        min = 10
    }
    int missing = min - have
    if (missing <= 0) {
        continue
    }
    int packs = (missing + packSize - 1) / packSize
    totalPacks += packs
    totalUnits += (long) packs * packSize
    lines.add(sku + ": have " + have + ", min " + min + ", order " + packs + " pack(s)")
}

for (String l : lines) {
    println(l)
}

int avg = totalPacks == 0 ? 0 : (int) (totalUnits / lines.size())
println("packs=" + totalPacks + " units=" + totalUnits + " avgUnitsPerLine=" + avg)

short s = 300
byte b = (byte) 200
char c = 'A'
c += 2
int shifted = 1 << 10
long big = Integer.MAX_VALUE + 1L
int wrapped = Integer.MAX_VALUE + 1
println("s=" + s + " b=" + b + " c=" + c + " shifted=" + shifted + " big=" + big + " wrapped=" + wrapped)

int x = 7 / 2
double y = 7 / 2
def z = 7 / 2
println("x=" + x + " y=" + y + " z=" + z + " " + z.getClass().getSimpleName())

execution.setVariable("reorderLines", lines)
execution.setVariable("totalPacks", totalPacks)
transientVariableService.addVariable("reorderUnits", totalUnits)
customMetricService.upsertMetric("reorder_packs", Integer.toString(totalPacks))
log.info("reorder computed: " + totalPacks + " packs")

// a colleague stored the threshold as text; the typed assignment fails at run time
String thresholdText = execution.getVariable("alertThreshold")
int threshold = thresholdText
println("threshold " + threshold)
