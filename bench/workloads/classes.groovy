// Script task: price the user's basket with the week's promotions and pick the best delivery
// option. The pricing classes are the flow team's, kept in the task (class-heavy, ~200 lines).

interface Promotion {
    String getCode()
    BigDecimal discount(Basket basket)
}

enum Category {
    FOOD(0.10), DRINK(0.21), HOME(0.21), BOOK(0.04)

    final BigDecimal vat

    Category(BigDecimal vat) { this.vat = vat }
}

class Product {
    String sku
    String name
    Category category
    BigDecimal price
}

class Line {
    Product product
    int qty

    BigDecimal getGross() { product.price * qty }

    BigDecimal getVat() {
        (gross * product.category.vat).setScale(2, BigDecimal.ROUND_HALF_UP)
    }
}

class Basket {
    List<Line> lines = []
    String tier

    Basket add(Product p, int qty) {
        def existing = lines.find { it.product.sku == p.sku }
        if (existing) {
            existing.qty += qty
        } else {
            lines << new Line(product: p, qty: qty)
        }
        this
    }

    BigDecimal getSubtotal() { lines.sum(0.0) { it.gross } }

    int getItems() { lines.sum(0) { it.qty } }

    List<Line> inCategory(Category c) { lines.findAll { it.product.category == c } }
}

abstract class BasePromotion implements Promotion {
    String code
    int priority = 0

    abstract BigDecimal discount(Basket basket)

    String toString() { "${code}(${priority})" }
}

class PercentOff extends BasePromotion {
    Category category
    BigDecimal percent

    BigDecimal discount(Basket basket) {
        def base = basket.inCategory(category).sum(0.0) { it.gross }
        (base * percent / 100).setScale(2, BigDecimal.ROUND_HALF_UP)
    }
}

class ThreeForTwo extends BasePromotion {
    String sku

    BigDecimal discount(Basket basket) {
        def line = basket.lines.find { it.product.sku == sku }
        line ? line.product.price * line.qty.intdiv(3) : 0.0
    }
}

class TierBonus extends BasePromotion {
    Map<String, BigDecimal> rates
    BigDecimal minimum

    BigDecimal discount(Basket basket) {
        BigDecimal rate = rates[basket.tier] ?: 0.0
        def subtotal = basket.subtotal
        subtotal >= minimum ? (subtotal * rate).setScale(2, BigDecimal.ROUND_HALF_UP) : 0.0
    }
}

class Delivery {
    String name
    BigDecimal fee
    BigDecimal freeFrom
    int days

    BigDecimal feeFor(BigDecimal amount) { amount >= freeFrom ? 0.0 : fee }
}

class Quote implements Comparable<Quote> {
    Delivery delivery
    BigDecimal goods
    BigDecimal discount
    BigDecimal vat

    BigDecimal getTotal() { goods - discount + delivery.feeFor(goods - discount) }

    int compareTo(Quote other) {
        (total <=> other.total) ?: (delivery.days <=> other.delivery.days)
    }

    String toString() { "${delivery.name}:${total}" }
}

class PricingException extends RuntimeException {
    PricingException(String message) { super(message) }
}

class Pricer {
    List<Promotion> promotions = []
    List<Delivery> deliveries = []
    int maxPromotions = 2

    Pricer promote(Promotion p) {
        promotions << p
        this
    }

    List<Map> applied(Basket basket) {
        promotions.collect { [code: it.code, amount: it.discount(basket)] }
                .findAll { it.amount > 0 }
                .sort { a, b -> b.amount <=> a.amount }
                .take(maxPromotions)
    }

    Quote best(Basket basket) {
        if (!basket.lines) {
            throw new PricingException("empty basket")
        }
        def discount = applied(basket).sum(0.0) { it.amount }
        def vat = basket.lines.sum(0.0) { it.vat }
        deliveries.collect {
            new Quote(delivery: it, goods: basket.subtotal, discount: discount, vat: vat)
        }.min()
    }
}

def catalogue = [
    new Product(sku: "F1", name: "Coffee beans", category: Category.FOOD, price: 7.45),
    new Product(sku: "F2", name: "Olive oil", category: Category.FOOD, price: 9.90),
    new Product(sku: "F3", name: "Chocolate", category: Category.FOOD, price: 2.35),
    new Product(sku: "D1", name: "Sparkling water", category: Category.DRINK, price: 0.89),
    new Product(sku: "D2", name: "Red wine", category: Category.DRINK, price: 12.50),
    new Product(sku: "H1", name: "Candles", category: Category.HOME, price: 5.75),
    new Product(sku: "H2", name: "Towel", category: Category.HOME, price: 14.99),
    new Product(sku: "B1", name: "Cook book", category: Category.BOOK, price: 24.00),
]
def pricer = new Pricer(deliveries: [
    new Delivery(name: "standard", fee: 3.99, freeFrom: 40.0, days: 3),
    new Delivery(name: "express", fee: 6.99, freeFrom: 80.0, days: 1),
    new Delivery(name: "pickup", fee: 1.50, freeFrom: 25.0, days: 2),
])
pricer.promote(new PercentOff(code: "FOOD10", category: Category.FOOD, percent: 10, priority: 1))
      .promote(new ThreeForTwo(code: "3X2-D1", sku: "D1", priority: 2))
      .promote(new TierBonus(code: "TIER", rates: [gold: 0.05, silver: 0.02], minimum: 30.0))

def tier = execution.getVariable("tier") ?: "basic"
def totals = []
def byDelivery = [:]
def codes = [:]
int failures = 0
int items = 0
for (int b = 0; b < 40; b++) {
    def basket = new Basket(tier: b % 3 == 0 ? tier : "silver")
    for (int k = 0; k < b % 6; k++) {
        basket.add(catalogue[(b * 7 + k * 3) % catalogue.size()], 1 + (b + k) % 4)
    }
    try {
        def quote = pricer.best(basket)
        totals << quote.total
        items += basket.items
        byDelivery[quote.delivery.name] = (byDelivery[quote.delivery.name] ?: 0) + 1
        pricer.applied(basket).each { codes[it.code] = (codes[it.code] ?: 0) + 1 }
    } catch (PricingException e) {
        failures++
    }
}
execution.setVariable("deliveries", byDelivery)
execution.setVariable("promotions", codes)
execution.setVariable("failures", failures)
execution.setVariable("items", items)
customMetricService.upsertMetric("basket_revenue", totals.sum().toString())
customMetricService.upsertMetric("best_quote", totals.min().toString())
log.info("priced ${totals.size()} baskets, ${failures} empty")
