"""`sectionBuilder` and `formInputDataBuilder`: fluent builders of integration-message
sections and Ask-task forms. `build()` gives an object whose `toString()` / `toJsonString()`
is the JSON document (compact; `toJsonString(prettyPrint, includeNulls)` chooses layout and
whether unset fields appear as null). Keys appear in the order documented in docs/services.md.
"""

from __future__ import annotations

from convoscript.runtime.core.types import ClassRef
from convoscript.runtime.door.dispatch import invoke
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.services.base import ServiceHandle, script_method
from convoscript.services.dto import Dto


def _setter(key: str, kind: str = "String"):
    @script_method(kind)
    def set_(self, value: object) -> object:
        self._data[key] = value
        return self

    return set_


def _pair_setter(key: str):
    @script_method("String", "String")
    def set_(self, single: str, multiple: str) -> object:
        self._data[key] = {"single": single, "multiple": multiple}
        return self

    return set_


class Node(Dto):
    """A builder node: ordered data, children lists, a parent to go back to."""

    keys: tuple[str, ...] = ()
    children: tuple[str, ...] = ()

    def __init__(self, parent: Node | None = None):
        self._parent = parent
        self._data: dict = dict.fromkeys(self.keys)
        for child in self.children:
            self._data[child] = []

    def groovy_to_string(self) -> str:
        return type(self).__name__

    def _root(self) -> Node:
        node = self
        while node._parent is not None:
            node = node._parent
        return node

    def _back(self, kind: type) -> Node:
        if not isinstance(self._parent, kind):
            raise GroovyThrowable("IllegalStateException", f"no {kind.__name__} to go back to")
        return self._parent

    def _child(self, kind: type, key: str) -> Node:
        node = kind(self)
        self._data[key].append(node)
        return node

    def plain(self, nulls: bool) -> dict:
        out = {}
        for key, value in self._data.items():
            if isinstance(value, list):
                out[key] = [v.plain(nulls) for v in value]
            elif value is not None or nulls:
                out[key] = value
        return out

    @script_method()
    def build(self) -> Built:
        return Built(self._root())


class Built(Dto):
    """What `build()` returns: the document, as JSON text."""

    java_class = "net.ipsoft.ameliav3.bpn.script.service.message.IntegrationMessageData"

    def __init__(self, root: Node):
        self._doc = root.plain(False)
        self._doc_nulls = root.plain(True)

    @script_method()
    @script_method("boolean", "boolean")
    def toJsonString(self, pretty: bool = False, nulls: bool = False) -> str:
        # groovy.json.JsonOutput, through the door (the library is not the services' to import)
        json_output = ClassRef("groovy.json.JsonOutput")
        text = invoke(json_output, "toJson", self._doc_nulls if nulls else self._doc)
        return invoke(json_output, "prettyPrint", text) if pretty else text  # type: ignore

    def groovy_to_string(self) -> str:
        return self.toJsonString()


# ---- sections ----
class SectionField(Node):
    java_class = "net.ipsoft.ameliav3.bpn.script.service.message.SectionFieldBuilder"
    keys = ("name", "label", "value")
    name = _setter("name")
    label = _setter("label")
    value = _setter("value", "Object")

    @script_method()
    def backToSection(self) -> Node:
        return self._back(Section)


class Section(Node):
    java_class = "net.ipsoft.ameliav3.bpn.script.service.message.SectionBuilder"
    keys = ("name", "title")
    children = ("fields", "subSections")
    name = _setter("name")
    title = _setter("title")

    @script_method()
    def newSectionField(self) -> Node:
        return self._child(SectionField, "fields")

    @script_method()
    def addSubSection(self) -> Node:
        return self._child(Section, "subSections")

    @script_method()
    def backToParentSection(self) -> Node:
        return self._back(Section)


class SectionBuilder(ServiceHandle):
    handle_type = "SectionBuilder"
    java_class = "net.ipsoft.ameliav3.bpn.script.service.SectionBuilderFactory"
    binding_name = "sectionBuilder"

    def __init__(self, state: object = None):
        pass

    @script_method()
    def create(self) -> Section:
        return Section()


# ---- forms ----
_SELECTION = (
    "staticSelectionUtterance",
    "prefixedSelectionUtterance",
    "postfixedSelectionUtterance",
)


class FormOption(Node):
    java_class = "net.ipsoft.ameliav3.bpn.script.service.form.OptionBuilder"
    keys = (
        "name",
        "value",
        "nameForDisplay",
        "valueForDisplay",
        "imageBase64",
        "imageAltText",
        "selected",
    )
    name = _setter("name")
    value = _setter("value", "Object")
    nameForDisplay = _setter("nameForDisplay")
    valueForDisplay = _setter("valueForDisplay")
    imageBase64 = _setter("imageBase64")
    imageAltText = _setter("imageAltText")
    selected = _setter("selected", "boolean")

    @script_method()
    def backToField(self) -> Node:
        return self._back(FormField)


class FormField(Node):
    java_class = "net.ipsoft.ameliav3.bpn.script.service.form.FieldBuilder"
    keys = ("name", "fieldType") + _SELECTION
    children = ("options",)
    name = _setter("name")
    fieldType = _setter("fieldType")
    staticSelectionUtterance = _setter("staticSelectionUtterance")
    prefixedSelectionUtterance = _pair_setter("prefixedSelectionUtterance")
    postfixedSelectionUtterance = _pair_setter("postfixedSelectionUtterance")

    @script_method()
    def addOption(self) -> Node:
        return self._child(FormOption, "options")

    @script_method()
    def backToForm(self) -> Node:
        return self._back(Form)


class Form(Node):
    java_class = "net.ipsoft.ameliav3.bpn.script.service.form.FormInputDataBuilder"
    keys = ("name", "nameForDisplay", "formType", "instructions", "allowedUserInputs") + _SELECTION
    children = ("fields",)
    name = _setter("name")
    nameForDisplay = _setter("nameForDisplay")
    formType = _setter("formType")
    instructions = _setter("instructions")
    allowedUserInputs = _setter("allowedUserInputs")
    staticSelectionUtterance = _setter("staticSelectionUtterance")
    prefixedSelectionUtterance = _pair_setter("prefixedSelectionUtterance")
    postfixedSelectionUtterance = _pair_setter("postfixedSelectionUtterance")

    @script_method()
    def addField(self) -> Node:
        return self._child(FormField, "fields")

    @script_method()
    def build(self) -> Built:
        if not self._data.get("name"):
            raise GroovyThrowable("IllegalStateException", "a form needs a name")
        return Built(self)


class FormInputDataBuilder(ServiceHandle):
    handle_type = "FormInputDataBuilder"
    java_class = "net.ipsoft.ameliav3.bpn.script.service.FormInputDataBuilderFactory"
    binding_name = "formInputDataBuilder"

    def __init__(self, state: object = None):
        pass

    @script_method()
    def create(self) -> Form:
        return Form()
