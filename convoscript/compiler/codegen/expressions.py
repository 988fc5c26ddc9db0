"""Expressions: literals, names, operators, collections, member and element reads, casts."""

from __future__ import annotations

import ast
from decimal import Decimal

from convoscript.compiler.codegen.base import BINARY, CodegenBase
from convoscript.compiler.intlocals import is_static_int
from convoscript.grammar import nodes as n

# comparisons Python may compute itself when both sides are exact ints (intlocals.py)
_INT_COMPARE: dict[str, type[ast.cmpop]] = {
    "==": ast.Eq,
    "!=": ast.NotEq,
    "<": ast.Lt,
    "<=": ast.LtE,
    ">": ast.Gt,
    ">=": ast.GtE,
}


def _is_big_number(value: object) -> bool:
    """A number literal worth checking against the run's digit limit (about 300+ digits; the
    runtime leaves smaller numbers unchecked too)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value.bit_length() > 1000
    if isinstance(value, Decimal) and value.is_finite():
        t = value.as_tuple()
        return len(t.digits) + abs(int(t.exponent)) > 300
    return False


class ExpressionGen(CodegenBase):
    """The `e_<Node>` methods of plain expressions (calls, assignments, closures elsewhere)."""

    def e_Literal(self, node: n.Literal) -> ast.expr:
        return ast.Constant(node.value)

    def e_Number(self, node: n.Number) -> ast.expr:
        value = self.res.numbers[node]
        if _is_big_number(value):
            # a literal is built at compile time, outside any run: the run's digit limit is
            # applied when the literal is used, as for any BigInteger/BigDecimal it computes
            return self.h("sized_number", self.const(value), node=node)
        return self.const(value)

    def e_Name(self, node: n.Name) -> ast.expr:
        ref = self.res.refs[node]
        name = ast.Constant(ref.name)
        if ref.var is not None:
            return self.read_var(ref.var, node)
        if ref.kind == "class":
            return self.h("class", name, node=node)
        if ref.kind == "script_class":
            return self.h("script_class", name, node=node)
        if ref.own is not None:
            return self.h("getfield", *self.field_args(ref.own), node=node)
        if ref.kind == "field":
            return self.h("getprop", self.self_ref(), name, node=node)
        if ref.kind == "member_dyn":
            return self.h("member_dget", self.self_ref(), name, node=node)
        if ref.kind == "dyn":
            return self.h("dget", name, node=node)
        return self.h("bget", name, node=node)

    def e_This(self, node: n.This) -> ast.expr:
        if self.class_name is not None:
            return self.self_ref()
        return self.h("this", node=node)

    def e_Super(self, node: n.Super) -> ast.expr:
        return self.self_ref()

    def e_GStringExpr(self, node: n.GStringExpr) -> ast.expr:
        strings = ast.Tuple([ast.Constant(s) for s in node.strings], ast.Load())
        values = ast.Tuple([self.expr(v) for v in node.values], ast.Load())
        return self.h("gstring", strings, values, node=node)

    def e_ListExpr(self, node: n.ListExpr) -> ast.expr:
        if any(isinstance(i, n.SpreadArg) for i in node.items):
            return self.h("spread_list", *[self.spread_item(i) for i in node.items], node=node)
        return ast.List([self.expr(i) for i in node.items], ast.Load())

    def spread_item(self, item: n.Node) -> ast.expr:
        if isinstance(item, n.SpreadArg):
            return self.h("spread", self.expr(item.value), node=item)
        return self.expr(item)

    def e_MapExpr(self, node: n.MapExpr) -> ast.expr:
        args: list[ast.expr] = []
        for entry in node.entries:
            if entry.key is None:
                args.extend([self.load("h_SPREAD_MAP"), self.expr(entry.value)])
            else:
                args.extend([self.expr(entry.key), self.expr(entry.value)])
        return self.h("map", *args, node=node)

    def e_RangeExpr(self, node: n.RangeExpr) -> ast.expr:
        return self.h(
            "range",
            self.expr(node.low),
            self.expr(node.high),
            ast.Constant(node.exclusive),
            node=node,
        )

    def e_Binary(self, node: n.Binary) -> ast.expr:
        if is_static_int(node.left, self.res, self.int_locals) and is_static_int(
            node.right, self.res, self.int_locals
        ):
            compare = _INT_COMPARE.get(node.op)
            if compare is not None:
                # two exact ints: what h_lt, h_eq, ... would compute (intlocals.py)
                return self.at(
                    ast.Compare(self.expr(node.left), [compare()], [self.expr(node.right)]), node
                )
            inline = self.static_int_binary(node.op, node.left, node.right, node)
            if inline is not None:
                return inline
        return self.h(BINARY[node.op], self.expr(node.left), self.expr(node.right), node=node)

    def e_Logical(self, node: n.Logical) -> ast.expr:
        op = ast.And() if node.op == "&&" else ast.Or()
        return ast.BoolOp(op, [self.truth(node.left), self.truth(node.right)])

    def e_Unary(self, node: n.Unary) -> ast.expr:
        if node.op == "!":
            return ast.UnaryOp(ast.Not(), self.truth(node.operand))
        fn = {"-": "negate", "+": "positive", "~": "bitwise_negate"}[node.op]
        return self.h(fn, self.expr(node.operand), node=node)

    def e_Ternary(self, node: n.Ternary) -> ast.expr:
        return ast.IfExp(self.truth(node.cond), self.expr(node.then), self.expr(node.orelse))

    def e_Elvis(self, node: n.Elvis) -> ast.expr:
        tmp = self.new_temp()
        test = self.h("truth", ast.NamedExpr(self.store(tmp), self.expr(node.value)))
        return ast.IfExp(test, self.load(tmp), self.expr(node.orelse))

    def e_Property(self, node: n.Property) -> ast.expr:
        class_ref = self.res.class_refs.get(node)
        if class_ref is not None:
            return self.h("class", ast.Constant(class_ref), node=node)
        own = self.res.own_fields.get(node)
        if own is not None:
            return self.h("getfield", *self.field_args(own), node=node)
        if self.is_super_property(node):
            owner, name = ast.Constant(self.class_name), self.member_name(node.name)
            return self.h("super_getprop", self.self_ref(), owner, name, node=node)
        obj = self.expr(node.obj)
        name = self.member_name(node.name)
        if node.spread:
            return self.h("spread_prop", obj, name, node=node)
        if node.safe:
            return self.h("getprop_safe", obj, name, node=node)
        return self.h("getprop", obj, name, node=node)

    def e_FieldAccess(self, node: n.FieldAccess) -> ast.expr:
        own = self.res.own_fields.get(node)
        if own is not None:
            return self.h("getfield", *self.field_args(own), node=node)
        if node in self.res.script_field_attrs:  # a script field is a binding variable
            return self.h("bget", self.member_name(node.name), node=node)
        if self.is_super_property(node):
            owner, name = ast.Constant(self.class_name), self.member_name(node.name)
            return self.h("super_getprop", self.self_ref(), owner, name, node=node)
        obj = self.expr(node.obj)
        name = self.member_name(node.name)
        if node.spread:
            return self.h("spread_attr", obj, name, node=node)
        if node.safe:
            return self.h("attr_safe", obj, name, node=node)
        return self.h("attr", obj, name, node=node)

    def e_Index(self, node: n.Index) -> ast.expr:
        return self.h("getat", self.expr(node.obj), self.expr(node.index), node=node)

    def e_MethodPointer(self, node: n.MethodPointer) -> ast.expr:
        return self.h("method_pointer", self.expr(node.obj), self.member_name(node.name), node=node)

    def e_InstanceOf(self, node: n.InstanceOf) -> ast.expr:
        type_name = self.res.types[node]
        return self.h("instanceof", self.expr(node.value), ast.Constant(type_name), node=node)

    def e_Cast(self, node: n.Cast) -> ast.expr:
        fn = "as" if node.explicit else "cast"
        return self.h(fn, self.expr(node.value), ast.Constant(node.type), node=node)

    def e_In(self, node: n.In) -> ast.expr:
        return self.h("in", self.expr(node.item), self.expr(node.container), node=node)

    def e_NamedArg(self, node: n.NamedArg) -> ast.expr:
        raise self.error(node, "Named arguments are only allowed in method calls")

    def e_SpreadArg(self, node: n.SpreadArg) -> ast.expr:
        raise self.error(node, "A spread (*) is only allowed in a list or a method call")
