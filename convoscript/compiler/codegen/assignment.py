"""Assignment: to locals (plain or boxed), fields, binding variables, properties and elements;
compound assignment, `++`/`--`, and multiple assignment `(a, b) = list`. A class's own field
(`x`, `this.x`, `this.@x` in its code) is set directly, never through its setter."""

from __future__ import annotations

import ast

from convoscript.compiler.codegen.base import BINARY, CodegenBase
from convoscript.compiler.intlocals import assigns_static_int
from convoscript.compiler.scopes import VarInfo
from convoscript.grammar import nodes as n


class AssignmentGen(CodegenBase):
    """Assignment expressions (`e_Assign`, ...) and the assignment statement `x = v`, which
    stores into an unboxed local without an entry point."""

    def assign_value(self, node: n.Assign, var_type: str | None = None) -> ast.expr:
        """The value to store, with compound operators applied (not for property targets)."""
        if node.op == "=":
            quotient = self.primitive_division(var_type, node.value)
            if quotient is not None:
                return quotient
        if node.op != "=":
            if assigns_static_int(node, self.res, self.int_locals):
                inline = self.static_int_binary(node.op[:-1], node.target, node.value, node)
                if inline is not None:
                    return inline
            op = BINARY[node.op[:-1]]
            return self.h(op, self.expr(node.target), self.expr(node.value), node=node)
        return self.expr(node.value)

    def unboxed_local(self, target: n.Node) -> VarInfo | None:
        """The local a Name stands for, when it is not boxed (Python assigns it directly)."""
        ref = self.res.refs.get(target) if isinstance(target, n.Name) else None
        var = ref.var if ref is not None else None
        return var if var is not None and not var.boxed else None

    def assign_stmt(self, node: n.Assign) -> list[ast.stmt]:
        var = self.unboxed_local(node.target)
        if var is not None:
            static_int = assigns_static_int(node, self.res, self.int_locals)
            value = self.cast_for(var, self.assign_value(node, var.type), static_int, node)
            return [self.at(ast.Assign([self.store(var.pyname)], value), node)]
        return [self.at(ast.Expr(self.e_Assign(node)), node)]

    def e_Assign(self, node: n.Assign) -> ast.expr:
        target = node.target
        if isinstance(target, n.Name):
            ref = self.res.refs[target]
            kind, var = ref.kind, ref.var
            value = self.assign_value(node, var.type if var is not None else None)
            if var is not None:
                static_int = assigns_static_int(node, self.res, self.int_locals)
                value = self.cast_for(var, value, static_int, node)
                if var.boxed:
                    return self.h("rebox", self.load(var.pyname), value, node=node)
                return self.at(ast.NamedExpr(self.store(var.pyname), value), node)
            if ref.own is not None:
                return self.h("setfield", *self.field_args(ref.own), value, node=node)
            if kind == "field":
                return self.h("setprop", self.self_ref(), ast.Constant(target.id), value, node=node)
            if kind == "member_dyn":
                key = ast.Constant(target.id)
                return self.h("member_dset", self.self_ref(), key, value, node=node)
            if kind == "dyn":
                return self.h("dset", ast.Constant(target.id), value, node=node)
            return self.h("bset", ast.Constant(target.id), value, node=node)
        if isinstance(target, (n.Property, n.FieldAccess)):
            own = self.res.own_fields.get(target)
            if own is not None:
                value = self.assign_value(node)
                return self.h("setfield", *self.field_args(own), value, node=node)
            if target in self.res.script_field_attrs:
                value = self.assign_value(node)
                return self.h("bset", self.member_name(target.name), value, node=node)
            if self.is_super_property(target):
                owner, name = ast.Constant(self.class_name), self.member_name(target.name)
                value = self.assign_value(node)
                return self.h("super_setprop", self.self_ref(), owner, name, value, node=node)
            obj = self.expr(target.obj)
            name = self.member_name(target.name)
            direct = isinstance(target, n.FieldAccess)
            if node.op == "=":
                op = "set_attr" if direct else "setprop"
                return self.h(op, obj, name, self.expr(node.value), node=node)
            update = self.load("h_" + BINARY[node.op[:-1]])
            op = "update_attr" if direct else "update_prop"
            return self.h(op, obj, name, update, self.expr(node.value), node=node)
        if isinstance(target, n.Index):
            obj = self.expr(target.obj)
            idx = self.expr(target.index)
            if node.op == "=":
                return self.h("putat", obj, idx, self.expr(node.value), node=node)
            update = self.load("h_" + BINARY[node.op[:-1]])
            return self.h("update_at", obj, idx, update, self.expr(node.value), node=node)
        raise self.error(node, "Invalid assignment target")

    def e_IncDec(self, node: n.IncDec) -> ast.expr:
        fn = self.load("h_next" if node.op == "++" else "h_previous")
        prefix = ast.Constant(node.prefix)
        target = node.target
        if isinstance(target, n.Name):
            ref = self.res.refs[target]
            var, name = ref.var, ast.Constant(ref.name)
            if var is not None and not var.boxed:
                step = ast.NamedExpr(
                    self.store(var.pyname), ast.Call(fn, [self.load(var.pyname)], [])
                )
                if node.prefix:
                    return step
                return self.h("first", self.load(var.pyname), step, node=node)
            if var is not None:
                return self.h("incdec_box", self.load(var.pyname), fn, prefix, node=node)
            if ref.own is not None:
                return self.h("incdec_field", *self.field_args(ref.own), fn, prefix, node=node)
            if ref.kind == "field":
                return self.h("incdec_prop", self.self_ref(), name, fn, prefix, node=node)
            if ref.kind == "member_dyn":
                return self.h("incdec_member_dyn", self.self_ref(), name, fn, prefix, node=node)
            if ref.kind == "dyn":
                return self.h("incdec_dyn", name, fn, prefix, node=node)
            return self.h("incdec_binding", name, fn, prefix, node=node)
        if isinstance(target, (n.Property, n.FieldAccess)):
            own = self.res.own_fields.get(target)
            if own is not None:
                return self.h("incdec_field", *self.field_args(own), fn, prefix, node=node)
            if target in self.res.script_field_attrs:
                key = self.member_name(target.name)
                return self.h("incdec_binding", key, fn, prefix, node=node)
            return self.h(
                "incdec_attr" if isinstance(target, n.FieldAccess) else "incdec_prop",
                self.expr(target.obj),
                self.member_name(target.name),
                fn,
                prefix,
                node=node,
            )
        if isinstance(target, n.Index):
            obj, index = self.expr(target.obj), self.expr(target.index)
            return self.h("incdec_at", obj, index, fn, prefix, node=node)
        raise self.error(node, f"'{node.op}' needs a variable, a property or an element")

    def e_MultiAssign(self, node: n.MultiAssign) -> ast.expr:
        tmp = self.new_temp()
        parts: list[ast.expr] = [ast.NamedExpr(self.store(tmp), self.expr(node.value))]
        for i, target in enumerate(self.res.multi_targets[node]):
            element = self.h("getat", self.load(tmp), ast.Constant(i), node=node)
            assign = n.Assign(target, "=", n.Literal(None), line=node.line, col=node.col)
            parts.append(self.assign_raw(assign, element))
        return self.h("last", *parts, self.load(tmp), node=node)

    def assign_raw(self, node: n.Assign, value: ast.expr) -> ast.expr:
        ref = self.res.refs[node.target]
        var, name = ref.var, ast.Constant(ref.name)
        if var is not None:
            if var.type is not None:
                value = self.h("cast", value, ast.Constant(var.type), node=node)
            if var.boxed:
                return self.h("rebox", self.load(var.pyname), value, node=node)
            return ast.NamedExpr(self.store(var.pyname), value)
        if ref.own is not None:
            return self.h("setfield", *self.field_args(ref.own), value, node=node)
        if ref.kind == "field":
            return self.h("setprop", self.self_ref(), name, value, node=node)
        if ref.kind == "member_dyn":
            return self.h("member_dset", self.self_ref(), name, value, node=node)
        if ref.kind == "dyn":
            return self.h("dset", name, value, node=node)
        return self.h("bset", name, value, node=node)
