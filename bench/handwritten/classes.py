"""classes.groovy by hand: the same pricing classes in Python (dataclasses, Decimal, an enum)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

CENTS = Decimal("0.01")
ZERO = Decimal("0.0")


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENTS, ROUND_HALF_UP)


# Python enum members of equal value are aliases: a (name, rate) value keeps HOME apart
class Vat(Enum):
    FOOD = ("FOOD", Decimal("0.10"))
    DRINK = ("DRINK", Decimal("0.21"))
    HOME = ("HOME", Decimal("0.21"))
    BOOK = ("BOOK", Decimal("0.04"))

    @property
    def vat(self) -> Decimal:
        return self.value[1]


@dataclass
class Product:
    sku: str
    name: str
    category: Vat
    price: Decimal


@dataclass
class Line:
    product: Product
    qty: int

    @property
    def gross(self) -> Decimal:
        return self.product.price * self.qty

    @property
    def vat(self) -> Decimal:
        return cents(self.gross * self.product.category.vat)


@dataclass
class Basket:
    tier: str
    lines: list[Line] = field(default_factory=list)

    def add(self, product: Product, qty: int) -> Basket:
        for line in self.lines:
            if line.product.sku == product.sku:
                line.qty += qty
                break
        else:
            self.lines.append(Line(product, qty))
        return self

    @property
    def subtotal(self) -> Decimal:
        return sum((line.gross for line in self.lines), ZERO)

    @property
    def items(self) -> int:
        return sum(line.qty for line in self.lines)

    def in_category(self, category: Vat) -> list[Line]:
        return [line for line in self.lines if line.product.category is category]


@dataclass
class Promotion:
    code: str
    priority: int = 0

    def discount(self, basket: Basket) -> Decimal:
        raise NotImplementedError

    def __str__(self) -> str:
        return f"{self.code}({self.priority})"


@dataclass
class PercentOff(Promotion):
    category: Vat = Vat.FOOD
    percent: int = 0

    def discount(self, basket: Basket) -> Decimal:
        base = sum((line.gross for line in basket.in_category(self.category)), ZERO)
        return cents(base * self.percent / 100)


@dataclass
class ThreeForTwo(Promotion):
    sku: str = ""

    def discount(self, basket: Basket) -> Decimal:
        line = next((line for line in basket.lines if line.product.sku == self.sku), None)
        return line.product.price * (line.qty // 3) if line else ZERO


@dataclass
class TierBonus(Promotion):
    rates: dict[str, Decimal] = field(default_factory=dict)
    minimum: Decimal = ZERO

    def discount(self, basket: Basket) -> Decimal:
        rate = self.rates.get(basket.tier) or ZERO
        subtotal = basket.subtotal
        return cents(subtotal * rate) if subtotal >= self.minimum else ZERO


@dataclass
class Delivery:
    name: str
    fee: Decimal
    free_from: Decimal
    days: int

    def fee_for(self, amount: Decimal) -> Decimal:
        return ZERO if amount >= self.free_from else self.fee


@dataclass
class Quote:
    delivery: Delivery
    goods: Decimal
    discount: Decimal
    vat: Decimal

    @property
    def total(self) -> Decimal:
        net = self.goods - self.discount
        return net + self.delivery.fee_for(net)

    def sort_key(self) -> tuple[Decimal, int]:
        return self.total, self.delivery.days


class PricingError(Exception):
    pass


@dataclass
class Pricer:
    deliveries: list[Delivery]
    promotions: list[Promotion] = field(default_factory=list)
    max_promotions: int = 2

    def promote(self, promotion: Promotion) -> Pricer:
        self.promotions.append(promotion)
        return self

    def applied(self, basket: Basket) -> list[dict]:
        found = [{"code": p.code, "amount": p.discount(basket)} for p in self.promotions]
        found = [f for f in found if f["amount"] > 0]
        found.sort(key=lambda f: f["amount"], reverse=True)
        return found[: self.max_promotions]

    def best(self, basket: Basket) -> Quote:
        if not basket.lines:
            raise PricingError("empty basket")
        discount = sum((f["amount"] for f in self.applied(basket)), ZERO)
        vat = sum((line.vat for line in basket.lines), ZERO)
        subtotal = basket.subtotal
        quotes = [Quote(d, subtotal, discount, vat) for d in self.deliveries]
        return min(quotes, key=Quote.sort_key)


def run(transient, variables, metrics, log):
    d = Decimal
    catalogue = [
        Product("F1", "Coffee beans", Vat.FOOD, d("7.45")),
        Product("F2", "Olive oil", Vat.FOOD, d("9.90")),
        Product("F3", "Chocolate", Vat.FOOD, d("2.35")),
        Product("D1", "Sparkling water", Vat.DRINK, d("0.89")),
        Product("D2", "Red wine", Vat.DRINK, d("12.50")),
        Product("H1", "Candles", Vat.HOME, d("5.75")),
        Product("H2", "Towel", Vat.HOME, d("14.99")),
        Product("B1", "Cook book", Vat.BOOK, d("24.00")),
    ]
    pricer = Pricer(
        [
            Delivery("standard", d("3.99"), d("40.0"), 3),
            Delivery("express", d("6.99"), d("80.0"), 1),
            Delivery("pickup", d("1.50"), d("25.0"), 2),
        ]
    )
    pricer.promote(PercentOff("FOOD10", 1, Vat.FOOD, 10)).promote(
        ThreeForTwo("3X2-D1", 2, "D1")
    ).promote(TierBonus("TIER", 0, {"gold": d("0.05"), "silver": d("0.02")}, d("30.0")))

    tier = variables.get("tier") or "basic"
    totals = []
    by_delivery: dict[str, int] = {}
    codes: dict[str, int] = {}
    failures = 0
    items = 0
    for b in range(40):
        basket = Basket(tier if b % 3 == 0 else "silver")
        for k in range(b % 6):
            basket.add(catalogue[(b * 7 + k * 3) % len(catalogue)], 1 + (b + k) % 4)
        try:
            quote = pricer.best(basket)
        except PricingError:
            failures += 1
            continue
        totals.append(quote.total)
        items += basket.items
        name = quote.delivery.name
        by_delivery[name] = by_delivery.get(name, 0) + 1
        for applied in pricer.applied(basket):
            codes[applied["code"]] = codes.get(applied["code"], 0) + 1
    variables["deliveries"] = by_delivery
    variables["promotions"] = codes
    variables["failures"] = failures
    variables["items"] = items
    metrics["basket_revenue"] = str(sum(totals))
    metrics["best_quote"] = str(min(totals))
    log.append(("INFO", f"priced {len(totals)} baskets, {failures} empty"))
