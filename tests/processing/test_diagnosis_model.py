"""The shipped diagnosis model as the modeler shows it: no step lacks a required value, and its steps,
outputs and loaded layers are named in the interface language."""

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingModelAlgorithm,
    QgsProcessingParameterDefinition,
    QgsProject,
)

from tests.conftest import ROOT
from tests.test_translations import ts_messages
from zoast_plugin import i18n
from zoast_plugin.processing.models import DIAGNOSIS_OUTPUTS, DIAGNOSIS_STEPS, MODELS_DIR, name_loaded_layers

MODEL_ID = "zoast:zoast_diagnosis"


def unset_required(model):
    """(step, parameter) pairs the modeler draws red: required, not hidden, with no value or source."""
    flags = QgsProcessingParameterDefinition.Flag
    missing = []
    for child_id, child in model.childAlgorithms().items():
        assert child.algorithm() is not None, "{}: algorithm {} is not registered".format(child_id,
                                                                                        child.algorithmId())
        for definition in child.algorithm().parameterDefinitions():
            if definition.isDestination() or definition.flags() & (flags.FlagOptional | flags.FlagHidden):
                continue
            if not child.parameterSources().get(definition.name()):
                missing.append((child_id, definition.name()))
    return missing


@pytest.fixture
def french():
    translator = i18n.install_translator("fr")
    yield {source: text for (_c, source), (text, _k) in ts_messages(ROOT / "i18n" / "zoast_fr.ts").items()}
    i18n.remove_translator(translator)


def test_no_step_lacks_a_required_value(zoast_provider):
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODELS_DIR / "zoast_diagnosis.model3"))
    assert len(model.childAlgorithms()) >= 21
    assert unset_required(model) == []
    # QGIS's own check, the one that colours the steps in the modeler.
    for child_id in model.childAlgorithms():
        ok, issues = model.validateChildAlgorithm(child_id)
        assert ok, (child_id, issues)


def test_the_file_is_what_build_model_writes(zoast_provider):
    """Every step has its English description from models.DIAGNOSIS_STEPS (so the model can translate it)."""
    model = QgsProcessingModelAlgorithm()
    model.fromFile(str(MODELS_DIR / "zoast_diagnosis.model3"))
    english = {child_id: template.format(**fields) for child_id, (template, fields) in DIAGNOSIS_STEPS.items()}
    described = {child_id: child.description() for child_id, child in model.childAlgorithms().items()}
    assert {k: v for k, v in described.items() if k in english} == {k: english[k] for k in described if k in english}
    outputs = {key: output.description() for child in model.childAlgorithms().values()
               for key, output in child.modelOutputs().items()}
    assert outputs == {key: DIAGNOSIS_OUTPUTS[key] for key in outputs}


def test_steps_and_outputs_in_french(zoast_provider, french):
    model = QgsApplication.processingRegistry().algorithmById(MODEL_ID).create()
    steps = {child_id: child.description() for child_id, child in model.childAlgorithms().items()}
    assert steps["gaps"] == french["Gaps by each country's rule"] == "Carences selon la règle de chaque pays"
    assert steps["basins"] == "Bassins de soins (Dartmouth, majorité relative)"
    assert steps["apl_zoast_rename"] == "Garder le résultat sous le nom apl_zoast"
    outputs = {definition.name(): definition.description() for definition in model.destinationParameterDefinitions()}
    assert outputs["gaps:gaps"] == "Carences selon la règle de chaque pays"
    assert outputs["basins:basins"] == "Bassins de soins"
    assert outputs["perimeters:zoast_perimeters"] == "Périmètres ZOAST"
    assert all(description != DIAGNOSIS_OUTPUTS[name.split(":")[1]] for name, description in outputs.items())


def test_loaded_layers_take_the_translated_output_labels(zoast_provider, french):
    """QGIS 3.22 names a model output's layer after its id ("gaps"); later versions after its description."""
    context = QgsProcessingContext()
    for layer_id, name in (("a", "gaps"), ("b", "Health basins"), ("c", "something else")):
        context.addLayerToLoadOnCompletion(layer_id, QgsProcessingContext.LayerDetails(name, QgsProject.instance(),
                                                                                        name))
    name_loaded_layers(context)
    names = {layer_id: context.layerToLoadOnCompletionDetails(layer_id).name for layer_id in ("a", "b", "c")}
    assert names == {"a": "Carences selon la règle de chaque pays", "b": "Bassins de soins", "c": "something else"}


@pytest.mark.slow
def test_a_model_run_loads_named_styled_and_ordered_layers(zoast_provider, french, tmp_path):
    """The whole model on the sample, its outputs loaded as the dialog loads them: French layer names,
    every output styled, perimeters and flows above the gaps, the gaps above the other fills."""
    import shutil

    from processing.gui.Postprocessing import handleAlgorithmResults
    from qgis.core import QgsProcessingFeedback, QgsProcessingOutputLayerDefinition

    from tests.conftest import SAMPLE_GPKG

    sample = tmp_path / "sample.gpkg"
    shutil.copy(SAMPLE_GPKG, sample)
    inputs = {"UNITS": "units", "GP_PRACTICES": "gp_practices", "HOSPITALS": "hospitals", "FLOWS": "patient_flows",
              "AGREEMENTS": "zoast_agreements", "MEMBERS": "zoast_members", "ESTABLISHMENTS": "zoast_establishments"}
    model = QgsApplication.processingRegistry().algorithmById(MODEL_ID).create()
    project = QgsProject()
    parameters = {name: "{}|layername={}".format(sample, table) for name, table in inputs.items()}
    for output in model.destinationParameterDefinitions():
        parameters[output.name()] = QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", project)
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    context.setProject(project)
    _results, ok = model.run(parameters, context, feedback)
    assert ok
    assert handleAlgorithmResults(model, context, feedback, False, parameters)
    layers = [(node.layer().name(), node.layer().customProperty("zoast/style"))
              for node in project.layerTreeRoot().findLayers()]
    names = [name for name, _style in layers]
    assert "Carences selon la règle de chaque pays" in names and "Bassins de soins" in names
    assert not set(names) & {"gaps", "basins", "flows", "zoast_perimeters"}
    styles = [style for _name, style in layers if style]
    assert styles == ["flows", "zoast_perimeters", "gaps", "extension_candidates", "supply_density", "basins"]
