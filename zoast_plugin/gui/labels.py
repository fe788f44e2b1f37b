"""Human labels of the store's fields and codes, in the interface language.

The store keeps codes (``in_force``, ``ambulatory``, field names such as ``ends_on``);
the dock shows these labels and keeps the codes as item data. Messages of the core
name fields by their code: :func:`human_message` puts the label in and makes row
numbers 1-based, as in QGIS's attribute table.
"""

from typing import Dict, List

from qgis.PyQt.QtCore import QCoreApplication

from ..core.agreements import STATUS_IN_FORCE, STATUS_MERGED
from ..core.errors import InputError
from ..processing.base import translate_error

STATUS_ENDED = "ended"
STATUS_CODES = (STATUS_IN_FORCE, STATUS_MERGED, STATUS_ENDED)
CARE_CODES = ("ambulatory", "hospital")
CARE_SEPARATOR = ";"


def field_labels() -> Dict[str, str]:
    """Field (core or store name) → label."""
    return {
        "code": QCoreApplication.translate("ZoastLabels", "Code"),
        "zoast_code": QCoreApplication.translate("ZoastLabels", "Code"),
        "name_fr": QCoreApplication.translate("ZoastLabels", "Name (French)"),
        "name_nl": QCoreApplication.translate("ZoastLabels", "Name (Dutch)"),
        "signed_on": QCoreApplication.translate("ZoastLabels", "Signed on"),
        "in_force_from": QCoreApplication.translate("ZoastLabels", "In force from"),
        "ends_on": QCoreApplication.translate("ZoastLabels", "Ends on"),
        "status": QCoreApplication.translate("ZoastLabels", "Status"),
        "care_covered": QCoreApplication.translate("ZoastLabels", "Care covered"),
        "insurers": QCoreApplication.translate("ZoastLabels", "Insurers"),
        "notes": QCoreApplication.translate("ZoastLabels", "Notes"),
        "unit_id": QCoreApplication.translate("ZoastLabels", "Member units"),
        "supply_id": QCoreApplication.translate("ZoastLabels", "Establishments"),
        "country": QCoreApplication.translate("ZoastLabels", "Country"),
        "member_since": QCoreApplication.translate("ZoastLabels", "Member since"),
        "member_until": QCoreApplication.translate("ZoastLabels", "Member until"),
    }


def field_label(name: str) -> str:
    return field_labels().get(name, name)


def status_labels() -> Dict[str, str]:
    return {
        STATUS_IN_FORCE: QCoreApplication.translate("ZoastLabels", "In force"),
        STATUS_MERGED: QCoreApplication.translate("ZoastLabels", "Merged"),
        STATUS_ENDED: QCoreApplication.translate("ZoastLabels", "Ended"),
    }


def care_labels() -> Dict[str, str]:
    return {
        "ambulatory": QCoreApplication.translate("ZoastLabels", "Ambulatory care"),
        "hospital": QCoreApplication.translate("ZoastLabels", "Hospital care"),
    }


def care_codes(text) -> List[str]:
    """``"ambulatory;hospital"`` → ["ambulatory", "hospital"] (blank → [])."""
    if text is None or not isinstance(text, str):
        return []
    return [part.strip() for part in text.split(CARE_SEPARATOR) if part.strip()]


def care_text(codes) -> str:
    """The care codes shown in the interface language (unknown codes as they are)."""
    labels = care_labels()
    return ", ".join(labels.get(code, code) for code in codes)


def human_message(problem: InputError) -> str:
    """The core's problem translated, with the field's label and 1-based row numbers."""
    values = dict(problem.values)
    if "field" in values:
        values["field"] = field_label(str(values["field"]))
    if "other" in values:
        values["other"] = field_label(str(values["other"]))
    if "row(s) {ids}" in problem.template:  # positions counted from 0 by the core
        values["ids"] = ", ".join(str(int(i) + 1) for i in problem.offending_ids[:5])
        if len(problem.offending_ids) > 5:
            values["ids"] += ", …"
    translated = translate_error(problem)
    try:
        return QCoreApplication.translate("ZoastErrors", problem.template).format(**values)  # i18n: dynamic
    except (KeyError, IndexError, ValueError):
        return translated
