#!/usr/bin/env python3
"""Write resources/models/zoast_diagnosis.model3: the whole cross-border diagnosis as one model.

The model is generated, not drawn by hand, so its wiring is reviewed as code and
regenerated when an algorithm changes: `python3 scripts/build_model.py`. It chains
basins → needs → accessibility (FTE per 100,000 and French APL, national and inside
the ZOAST) → gaps per basin → supply inventory → patient flows → ZOAST perimeters →
extension and merger candidates, the same steps as `make demo`.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL_PATH = ROOT / "resources" / "models" / "zoast_diagnosis.model3"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

E2SFCA_STEPS = "10:1;20:0.68;30:0.22"


def build():
    from qgis.core import (
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterVectorLayer,
    )
    from qgis.PyQt.QtCore import QPointF

    model = QgsProcessingModelAlgorithm("zoast_diagnosis", "ZOAST", "zoast")
    model.setHelpContent({
        "ALG_DESC": "The cross-border health diagnosis in one run: health basins from patient flows, needs, GP "
                    "accessibility with and without the ZOAST agreements, gaps by each country's rule per basin, the "
                    "care supply inventory, cross-border flows, ZOAST perimeters and candidates for extension.",
        "ALG_CREATOR": "ZOAST plugin",
    })
    from zoast_plugin.processing.models import DIAGNOSIS_INPUTS, DIAGNOSIS_OUTPUTS, DIAGNOSIS_STEPS, step_description

    polygons, points = [QgsProcessing.SourceType.TypeVectorPolygon], [QgsProcessing.SourceType.TypeVectorPoint]
    types = {"UNITS": polygons, "GP_PRACTICES": points, "HOSPITALS": points}
    for row, (name, (label, help_text)) in enumerate(DIAGNOSIS_INPUTS.items()):
        kinds = types.get(name, [QgsProcessing.SourceType.TypeVector])
        definition = (QgsProcessingParameterVectorLayer(name, label, kinds) if name == "UNITS"
                      else QgsProcessingParameterFeatureSource(name, label, kinds))
        definition.setHelp(help_text)
        model.addModelParameter(definition, component(QgsProcessingModelParameter(name), 120, 80 + 90 * row))

    column = {"x": 380}

    def step(child_id, algorithm, sources, outputs=None, description=None):
        child = QgsProcessingModelChildAlgorithm(algorithm)
        child.setChildId(child_id)
        # English in the file; models.DiagnosisModel shows the translation.
        child.setDescription(step_description(child_id, False) if child_id in DIAGNOSIS_STEPS
                             else description or child_id)
        for parameter, value in sources.items():
            several = isinstance(value, list) and value and isinstance(value[0], tuple)  # e.g. several layers
            child.addParameterSources(parameter, [source(v) for v in value] if several else [source(value)])
        set_required_defaults(child)
        for output_name, (model_output, label) in (outputs or {}).items():
            label = DIAGNOSIS_OUTPUTS.get(model_output, label)
            output = QgsProcessingModelOutput(model_output, label)
            output.setChildId(child_id)
            output.setChildOutputName(output_name)
            output.setPosition(QPointF(column["x"] + 220, 80 + 45 * len(model.childAlgorithms())))
            child.setModelOutputs({**child.modelOutputs(), model_output: output})
        component(child, column["x"], 80 + 45 * len(model.childAlgorithms()))
        model.addChildAlgorithm(child)
        return child_id

    def source(value):
        if isinstance(value, tuple) and value[0] == "input":
            return QgsProcessingModelChildParameterSource.fromModelParameter(value[1])
        if isinstance(value, tuple) and value[0] == "child":
            return QgsProcessingModelChildParameterSource.fromChildOutput(value[1], value[2])
        return QgsProcessingModelChildParameterSource.fromStaticValue(value)

    def keep_as(child_id, layer, field, new_name):
        renamed = step(child_id + "_rename", "native:renametablefield",
                       {"INPUT": layer, "FIELD": field, "NEW_NAME": new_name}, description="keep " + new_name)
        renamed = step(child_id + "_rename_kind", "native:renametablefield",  # what it measures goes with it
                       {"INPUT": ("child", renamed, "OUTPUT"), "FIELD": field + "_kind",
                        "NEW_NAME": new_name + "_kind"}, description="keep {}_kind".format(new_name))
        return step(child_id + "_drop", "native:deletecolumn",
                    {"INPUT": ("child", renamed, "OUTPUT"), "COLUMN": ["n_supply"]},
                    description="drop n_supply ({})".format(new_name))

    units, gps = ("input", "UNITS"), ("input", "GP_PRACTICES")
    members, establishments = ("input", "MEMBERS"), ("input", "ESTABLISHMENTS")

    basins = step("basins", "zoast:delineatebasins", {
        "UNITS": units, "FLOWS": ("input", "FLOWS"), "METHOD": 0, "FLOW_DEST_FIELD": "dest_unit_id"},
        {"BASINS": ("basins", "Health basins")}, "Health basins (Dartmouth)")
    current = step("needs", "zoast:needs", {"UNITS": ("child", basins, "OUTPUT")}, description="Needs")
    measures = (
        ("fte100k", "zoast:accessibility", {"SUPPLY": gps, "CAPACITY_FIELD": "fte", "METHOD": 1,
                                           "STEPS": E2SFCA_STEPS, "MAX_COST": 30, "SCALE": 100000}),
        ("apl", "zoast:apl", {"SUPPLY": gps}),
    )
    for name, algorithm, common in measures:
        for mode, suffix in ((0, "national"), (1, "zoast")):
            extra = {"AGREEMENT_MEMBERS": members, "SUPPLY_UNIT_FIELD": "unit_id"} if mode == 1 else {}
            run = step("{}_{}".format(name, suffix), algorithm,
                       {**common, **extra, "UNITS": ("child", current, "OUTPUT"), "BORDER_MODE": mode},
                       description="{} {}".format(name, suffix))
            current = keep_as(run, ("child", run, "OUTPUT"), "access", "{}_{}".format(name, suffix))
    # Each country's accessibility in one field, and what it measures (its kind) beside it.
    for field, suffix in (("access", "zoast"), ("access_national", "national")):
        for name, kind, field_type in ((field, "", 0), (field + "_kind", "_kind", 2)):
            current = step("rule_" + name, "native:fieldcalculator", {
                "INPUT": ("child", current, "OUTPUT"), "FIELD_NAME": name, "FIELD_TYPE": field_type,
                "FIELD_LENGTH": 60 if kind else 20, "FIELD_PRECISION": 0 if kind else 6,
                "FORMULA": "if(\"country\" = 'FR', \"apl_{0}{1}\", \"fte100k_{0}{1}\")".format(suffix, kind)},
                description="{}: each country's own measure".format(name))
    # Official classes (APL per TVS in France, GPs located in the municipality in Belgium) are the
    # headline; the accessibility classes with and without the ZOAST are the analytical complement.
    step("gaps", "zoast:gaps", {
        "UNITS": ("child", current, "OUTPUT"), "ACCESS_FIELD": "access", "NATIONAL_ACCESS_FIELD": "access_national",
        "NEED_FIELD": "need", "GROUP_FIELD": "basin_id", "BASIN_FIELD": "tvs", "GP_SUPPLY": gps},
        {"OUTPUT": ("gaps", "Gaps by each country's rule"), "SUMMARY": ("gap_summary", "Deficiencies per basin"),
         "BORDER_EFFECT": ("border_effect", "Who gains and who loses from the border")},
        "Gaps")
    if registered("zoast:supplyinventory"):
        step("inventory", "zoast:supplyinventory", {
            "SUPPLY": [gps, ("input", "HOSPITALS")], "UNITS": units},
            {"OUTPUT": ("supply_inventory", "Care supply per unit")}, "Supply inventory")
    step("flows", "zoast:patientflows", {
        "FLOWS": ("input", "FLOWS"), "UNITS": units, "FACILITIES": ("input", "HOSPITALS"),
        "AGREEMENTS": ("input", "AGREEMENTS"), "AGREEMENT_MEMBERS": members,
        "AGREEMENT_ESTABLISHMENTS": establishments},
        {"OUTPUT": ("flows", "Cross-border patient flows"), "SUMMARY": ("flow_summary", "Flows per ZOAST")},
        "Patient flows")
    step("perimeters", "zoast:agreementperimeters", {
        "AGREEMENTS": ("input", "AGREEMENTS"), "AGREEMENT_MEMBERS": members,
        "AGREEMENT_ESTABLISHMENTS": establishments, "UNITS": units},
        {"OUTPUT": ("zoast_perimeters", "ZOAST perimeters")}, "ZOAST perimeters")
    step("candidates", "zoast:agreementcandidates", {
        "FLOWS": ("input", "FLOWS"), "UNITS": units, "FACILITIES": ("input", "HOSPITALS"),
        "AGREEMENTS": ("input", "AGREEMENTS"), "AGREEMENT_MEMBERS": members,
        "AGREEMENT_ESTABLISHMENTS": establishments},
        {"EXTENSIONS": ("extension_candidates", "Candidate units for extending a ZOAST"),
         "MERGERS": ("merger_candidates", "Candidate ZOAST mergers")}, "ZOAST candidates")
    model.updateDestinationParameters()
    return model


def set_required_defaults(child):
    """Give every required parameter the step leaves unset its default as a static value.

    The model runs the same without them (a missing value takes the default), but the modeler
    draws such a step in red, as if the model were broken, and a reader of the file cannot see
    which values the model uses.
    """
    from qgis.core import QgsProcessingModelChildParameterSource, QgsProcessingParameterDefinition

    flags = QgsProcessingParameterDefinition.Flag
    for definition in child.algorithm().parameterDefinitions():
        if (definition.isDestination() or definition.flags() & (flags.FlagOptional | flags.FlagHidden)
                or child.parameterSources().get(definition.name())):
            continue
        if definition.defaultValue() is None:
            raise ValueError("{}: required parameter {} has no default; give it a value in build()".format(
                child.childId(), definition.name()))
        child.addParameterSources(definition.name(), [
            QgsProcessingModelChildParameterSource.fromStaticValue(definition.defaultValue())])


def component(item, x, y):
    from qgis.PyQt.QtCore import QPointF

    item.setPosition(QPointF(x, y))
    return item


def registered(algorithm_id):
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry().algorithmById(algorithm_id) is not None


def main():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from zoast_plugin.processing.provider import ZoastProvider

    provider = ZoastProvider(load_models=False)  # without the model being rebuilt; kept alive while in use
    QgsApplication.processingRegistry().addProvider(provider)
    model = build()
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    if not model.toFile(str(MODEL_PATH)):
        sys.exit("could not write {}".format(MODEL_PATH))
    print("wrote {} ({} steps)".format(MODEL_PATH.relative_to(ROOT), len(model.childAlgorithms())))


if __name__ == "__main__":
    main()
