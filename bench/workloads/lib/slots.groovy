// Script library: slot normalisation shared by the bank's flows (phone, amount, IBAN).
class Slot {
    String name
    String value
    boolean valid

    String toString() { "${name}=${valid ? value : '?'}" }
}

String digitsOnly(String s) {
    s == null ? "" : s.replaceAll(/\D/, "")
}

Slot phoneSlot(String raw) {
    def m = raw =~ /(?<!\w)(\+?34[\s-]*)?[679](?:[\s-]*\d){8}(?!\d)/
    if (!m.find()) {
        return new Slot(name: "phone", valid: false)
    }
    def d = digitsOnly(m.group())
    if (d.size() == 11) {
        d = d.substring(2)
    }
    new Slot(name: "phone", value: d, valid: d.size() == 9)
}

Slot amountSlot(String raw) {
    def m = raw =~ /(\d+(?:[.,]\d{1,2})?)\s*(?:€|eur)/
    if (!m.find()) {
        return new Slot(name: "amount", valid: false)
    }
    def v = new BigDecimal(m.group(1).replace(",", "."))
    new Slot(name: "amount", value: v.setScale(2).toPlainString(), valid: v > 0)
}

String maskIban(String iban) {
    def c = iban.replaceAll(/\s/, "").toUpperCase()
    c.size() < 8 ? c : c.take(4) + "*" * (c.size() - 8) + c[-4..-1]
}
