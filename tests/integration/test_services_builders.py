"""`sectionBuilder` and `formInputDataBuilder`: fluent builders to JSON."""

from __future__ import annotations

import json

from services_helpers import error_type, out


def test_section_builder_document() -> None:
    lines = out(
        """
        def s = sectionBuilder.create().title('Order').name('order')
            .newSectionField().name('flavour').label('Flavour').value('vanilla').backToSection()
            .addSubSection().title('Extras').name('extras')
                .newSectionField().name('nuts').value('yes').backToSection()
            .backToParentSection()
            .build()
        println s.toJsonString()
        println s.toString() == s.toJsonString()
    """,
        {},
    )
    assert json.loads(lines[0]) == {
        "name": "order",
        "title": "Order",
        "fields": [{"name": "flavour", "label": "Flavour", "value": "vanilla"}],
        "subSections": [
            {
                "name": "extras",
                "title": "Extras",
                "fields": [{"name": "nuts", "value": "yes"}],
                "subSections": [],
            }
        ],
    }
    assert lines[1] == "true"


def test_to_json_string_flags_pretty_and_nulls() -> None:
    lines = out(
        """
        def s = sectionBuilder.create().name('a').build()
        println s.toJsonString(false, true)
        println s.toJsonString(true, false)
    """,
        {},
    )
    assert json.loads(lines[0]) == {"name": "a", "title": None, "fields": [], "subSections": []}
    assert lines[1] == "{"


def test_form_builder_document() -> None:
    lines = out(
        """
        def form = formInputDataBuilder.create().name('flavours').nameForDisplay('Pick one')
            .formType('sampleForm').allowedUserInputs('both')
            .prefixedSelectionUtterance('I choose', 'I choose these')
            .addField().name('flavour').fieldType('singleSelection')
                .addOption().name('v').value('vanilla').nameForDisplay('Vanilla').selected(true).backToField()
                .addOption().name('c').value('chocolate').imageBase64('http://x/c.png').backToField()
            .backToForm()
            .build()
        execution.setVariable('formData', form.toString())
        println form
    """,
        {},
    )
    assert json.loads(lines[0]) == {
        "name": "flavours",
        "nameForDisplay": "Pick one",
        "formType": "sampleForm",
        "allowedUserInputs": "both",
        "prefixedSelectionUtterance": {"single": "I choose", "multiple": "I choose these"},
        "fields": [
            {
                "name": "flavour",
                "fieldType": "singleSelection",
                "options": [
                    {
                        "name": "v",
                        "value": "vanilla",
                        "nameForDisplay": "Vanilla",
                        "selected": True,
                    },
                    {"name": "c", "value": "chocolate", "imageBase64": "http://x/c.png"},
                ],
            }
        ],
    }


def test_builder_errors() -> None:
    assert error_type("formInputDataBuilder.create().build()", {}) == "IllegalStateException"
    assert (
        error_type("sectionBuilder.create().backToParentSection()", {}) == "IllegalStateException"
    )
    assert (
        error_type("formInputDataBuilder.create().addField().addOption().selected('yes')", {})
        == "MissingMethodException"
    )
    assert error_type("sectionBuilder.create().title(1)", {}) == "MissingMethodException"
