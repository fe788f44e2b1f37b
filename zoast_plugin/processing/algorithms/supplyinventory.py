"""zoast:supplyinventory — per unit and category: count, capacity and density per 10,000 inhabitants."""

from typing import Dict, List, NamedTuple

import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...core import inventory as core_inventory
from ...core.categories import normalise_codes
from ...core.errors import first_ids
from ...core.progress import sub_progress
from ...core.validation import require_unique
from ..base import ZoastAlgorithm
from ..parameters import (
    ADVANCED,
    add_analysis_crs_parameter,
    add_field_parameter,
    add_parameter,
    analysis_crs,
    field_value,
)
from ..qgis_io import GEOMETRY_POINTS, GEOMETRY_SHAPES, fields_for_frame, read_layer, whole_layer, write_frame
from ..styles import style_output_on_load
from ..unit_inputs import add_population_field, add_unit_id_field

STYLE = "supply_density"
#: Group key of the one-row summary when no group field is given.
ALL_UNITS = "ALL"
UNMATCHED_COLUMNS = ("layer", "fid", "supply_id", "category", "reason", "distance")
#: Reason codes of the UNMATCHED output.
OUTSIDE, NO_GEOMETRY = "outside", "no_geometry"


class SupplyPoints(NamedTuple):
    """The points of every supply layer, in layer order (points with a geometry only)."""

    xy: np.ndarray
    names: np.ndarray  # "<layer>:<id>", for error messages
    layer: np.ndarray
    fid: np.ndarray
    supply_id: np.ndarray  # None where the layer has no id field
    category: np.ndarray
    capacity: Dict[str, np.ndarray]
    no_geometry: pd.DataFrame  # features with no geometry, as UNMATCHED rows
    total: int  # every feature read, with or without a geometry


class SupplyInventoryAlgorithm(ZoastAlgorithm):
    ALGORITHM_ID = "supplyinventory"
    GROUP_ID = "supply"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Supply inventory per unit (counts, capacity, density)")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        add_parameter(
            self,
            QgsProcessingParameterMultipleLayers("SUPPLY", self.tr("Supply point layers"),
                                                 QgsProcessing.SourceType.TypeVectorPoint),
            self.tr("One or more point layers of care supply (e.g. the outputs of zoast:importfiness and "
                    "zoast:importpoints, GP practices, hospitals), in any CRS."),
        )
        add_parameter(
            self,
            QgsProcessingParameterString("SUPPLY_ID_FIELD", self.tr("Supply id field"), "supply_id"),
            self.tr("Id field of the supply layers, used to name points in the unmatched output and in messages. "
                    "A layer without it is named by its feature ids."),
        )
        add_parameter(
            self,
            QgsProcessingParameterString("CATEGORY_FIELD", self.tr("Category field"), "category"),
            self.tr("Field of the supply layers holding the ZOAST category (gp, hospital…). A layer without it, "
                    "or a point with an empty category, is an error unless a default category is given."),
        )
        add_parameter(
            self,
            QgsProcessingParameterString("DEFAULT_CATEGORY", self.tr("Default category"), None, False, True),
            self.tr("Optional: category of the points of layers without the category field and of points with an "
                    "empty category (e.g. gp for a layer of GP practices)."),
        )
        add_parameter(
            self,
            QgsProcessingParameterString("CAPACITY_FIELDS", self.tr("Capacity fields (comma-separated)"),
                                         "fte,beds", False, True),
            self.tr("Numeric fields summed per unit and category where a layer has them (full-time equivalents, "
                    "beds…); a layer without one counts 0 for it. Empty values are an error."),
        )
        add_parameter(
            self,
            QgsProcessingParameterString("CATEGORIES", self.tr("Categories to write (comma-separated)"), None,
                                         False, True),
            self.tr("Optional: the category columns to write, in this order, even when a category has no point, so "
                    "that field names stay the same from run to run (e.g. gp,hospital,pharmacy). Empty: the "
                    "categories present, sorted. A point of a category not listed is an error."),
            ADVANCED,
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("UNITS", self.tr("Territorial units (communes)"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon]),
            self.tr("Communes and municipalities on both sides of the border, as polygons, with their population."),
        )
        add_unit_id_field(self, "UNITS", self.tr("Unique id of each unit, e.g. FR:59350 or BE:57081."))
        add_population_field(self, "UNITS",
            self.tr("Inhabitants of each unit, for the densities per 10,000 inhabitants."))
        add_field_parameter(self, "GROUP_FIELD", self.tr("Group field"), None, "UNITS",
                            self.tr("Optional: sum the inventory by this field of the units in the summary table, "
                                    "e.g. a health basin, a ZOAST code or the country."), optional=True)
        add_parameter(
            self,
            QgsProcessingParameterNumber("TOLERANCE", self.tr("Tolerance (metres)"),
                                         QgsProcessingParameterNumber.Type.Double,
                                         core_inventory.DEFAULT_TOLERANCE_M, False, 0.0),
            self.tr("A point in no unit (on the coast, across a generalised border) is counted in the nearest unit "
                    "within this distance; farther points are listed in the unmatched output. Default 500 m: "
                    "geocoded addresses and generalised commune outlines disagree by up to a few hundred metres."),
        )
        add_analysis_crs_parameter(self)
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Supply inventory"),
                                              QgsProcessing.SourceType.TypeVectorPolygon),
            self.tr("The units with their fields and, per category c (and total): n_c (points), <capacity>_c "
                    "(sum of each capacity field, e.g. fte_gp), d10k_c (points per 10,000 inhabitants) and "
                    "d10k_<capacity>_c; densities are empty where the population is 0."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("SUMMARY", self.tr("Inventory summary"),
                                              QgsProcessing.SourceType.TypeVector),
            self.tr("One row per group (one row ALL without a group field): n_units, population and the same "
                    "fields, densities computed from the group's population."),
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("UNMATCHED", self.tr("Unmatched supply points"),
                                              QgsProcessing.SourceType.TypeVectorPoint),
            self.tr("Points counted in no unit: layer, fid, supply_id, category, reason (outside: farther than the "
                    "tolerance from every unit; no_geometry) and distance (metres to the nearest unit)."),
        )
        for name, label in (
            ("POINTS", self.tr("Supply points read")),
            ("COUNTED", self.tr("Points counted in a unit")),
            ("UNMATCHED_COUNT", self.tr("Points in no unit (listed)")),
            ("MATCHED_BY_TOLERANCE", self.tr("Points counted in the nearest unit within the tolerance")),
            ("UNITS_SKIPPED", self.tr("Units skipped (no geometry)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        crs = analysis_crs(self, parameters, context)
        unit_field = field_value(self, parameters, "UNIT_ID_FIELD", context)
        population_field = field_value(self, parameters, "POPULATION_FIELD", context)
        group_field = field_value(self, parameters, "GROUP_FIELD", context, required=False)
        tolerance = self.parameterAsDouble(parameters, "TOLERANCE", context)
        categories = self._word_list(parameters, "CATEGORIES", context) or None

        feedback.setProgressText(self.tr("Reading the supply layers…"))
        points = self._read_points(parameters, context, feedback, crs)
        feedback.setProgressText(self.tr("Reading the units…"))
        units_source = self.parameterAsSource(parameters, "UNITS", context)
        if units_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "UNITS"))
        units = read_layer(units_source, context, [unit_field, population_field, group_field],
                           self.tr("Territorial units"), GEOMETRY_SHAPES, crs, keep_features=True, feedback=feedback,
                           layer=whole_layer(self, parameters, "UNITS", context))
        unit_ids = units.frame[unit_field]
        group_by = units.frame[group_field] if group_field else [ALL_UNITS] * len(units.frame)

        feedback.setProgressText(self.tr("Placing {count} point(s) in {units} unit(s)…").format(
            count=len(points.xy), units=len(unit_ids)))
        progress = self.progress_callback(feedback)
        with self.core_errors():
            require_unique(unit_ids, unit_field)
            assignment = core_inventory.assign_points_to_units(
                points.xy, units.shapes, tolerance, sub_progress(progress, 0.0, 0.9), point_ids=points.names,
                unit_ids=unit_ids)
            result = core_inventory.inventory(
                unit_ids, units.frame[population_field], assignment.unit_index, points.category, points.capacity,
                group_by, group_field or "group", categories, points.names)

        measures = result.units.drop(columns=["unit_id", "population"])
        fields = fields_for_frame(measures, base=units.source_fields)
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, fields, units_source.wkbType(),
                                         units.source_crs)
        write_frame(sink, fields, measures, geometries=units.geometries, base_attributes=units.attributes,
                    feedback=feedback)
        summary = result.groups
        summary_fields = fields_for_frame(summary, QgsFields())
        summary_sink, summary_id = self.create_sink(parameters, "SUMMARY", context, summary_fields,
                                                    QgsWkbTypes.Type.NoGeometry, crs)
        write_frame(summary_sink, summary_fields, summary, feedback=feedback)
        unmatched, geometries = self._unmatched(points, assignment)
        unmatched_fields = fields_for_frame(unmatched, QgsFields())
        unmatched_sink, unmatched_id = self.create_sink(parameters, "UNMATCHED", context, unmatched_fields,
                                                        QgsWkbTypes.Type.Point, crs)
        write_frame(unmatched_sink, unmatched_fields, unmatched, geometries=geometries, feedback=feedback)
        style_output_on_load(context, dest_id, STYLE)

        counts = assignment.counts()
        self._log(feedback, result, counts, points, tolerance, unmatched)
        return {
            "OUTPUT": dest_id,
            "SUMMARY": summary_id,
            "UNMATCHED": unmatched_id,
            "POINTS": points.total,
            "COUNTED": result.n_counted,
            "UNMATCHED_COUNT": len(unmatched),
            "MATCHED_BY_TOLERANCE": counts["nearest"],
            "UNITS_SKIPPED": len(units.skipped_fids),
        }

    # ------------------------------------------------------------------ steps

    def _word_list(self, parameters, name, context) -> List[str]:
        text = self.parameterAsString(parameters, name, context) or ""
        return list(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))

    def _read_points(self, parameters, context, feedback, crs) -> SupplyPoints:
        layers = self.parameterAsLayerList(parameters, "SUPPLY", context)
        if not layers:
            raise QgsProcessingException(self.tr("Parameter SUPPLY: choose at least one point layer."))
        id_field = (self.parameterAsString(parameters, "SUPPLY_ID_FIELD", context) or "").strip()
        category_field = (self.parameterAsString(parameters, "CATEGORY_FIELD", context) or "").strip()
        default = (self.parameterAsString(parameters, "DEFAULT_CATEGORY", context) or "").strip() or None
        capacity_names = self._word_list(parameters, "CAPACITY_FIELDS", context)

        parts = {key: [] for key in ("xy", "names", "layer", "fid", "supply_id", "category")}
        capacity = {name: [] for name in capacity_names}
        found = dict.fromkeys(capacity_names, False)
        no_geometry, total = [], 0
        self._check_layers(layers, id_field, feedback)
        for layer in layers:
            if not isinstance(layer, QgsVectorLayer) or layer.geometryType() != QgsWkbTypes.GeometryType.PointGeometry:
                raise QgsProcessingException(
                    self.tr("Supply layer '{layer}' is not a point layer. Choose point layers only.").format(
                        layer=layer.name()))
            names = layer.fields()
            has_id = bool(id_field) and names.lookupField(id_field) >= 0
            has_category = bool(category_field) and names.lookupField(category_field) >= 0
            if not has_category and default is None:
                raise QgsProcessingException(
                    self.tr("Supply layer '{layer}' has no field '{field}'. Choose the category field, or give a "
                            "default category for the layers without one.").format(layer=layer.name(),
                                                                                  field=category_field))
            present = [name for name in capacity_names if names.lookupField(name) >= 0]
            read = [id_field if has_id else "", category_field if has_category else ""] + present
            data = read_layer(layer, context, read, layer.name(), GEOMETRY_POINTS, crs, feedback=feedback)
            n = len(data.frame)
            total += n + len(data.skipped_fids)
            ids = normalise_codes(data.frame[id_field].tolist()) if has_id else np.full(n, None, dtype=object)
            if has_id:
                given = ids != ""
                with self.core_errors():
                    require_unique(pd.Series(ids[given], dtype=object), id_field, rows=data.fids[given])
            shown = [str(fid) if i in (None, "") else i for i, fid in zip(ids, data.fids)]
            if has_category:
                category = pd.Series(data.frame[category_field].tolist(), dtype=object)
                category = category.map(lambda v: None if v is None or str(v).strip() == "" else str(v).strip())
                if default is not None:
                    category = category.fillna(default)
            else:
                category = pd.Series([default] * n, dtype=object)
            parts["xy"].append(data.xy)
            parts["names"].append(np.array(["{}:{}".format(layer.name(), s) for s in shown], dtype=object))
            parts["layer"].append(np.full(n, layer.name(), dtype=object))
            parts["fid"].append(data.fids)
            parts["supply_id"].append(ids)
            parts["category"].append(category.to_numpy(dtype=object))
            for name in capacity_names:
                found[name] = found[name] or name in present
                capacity[name].append(data.frame[name].to_numpy(dtype=object) if name in present
                                      else np.zeros(n, dtype=object))
            for fid in data.skipped_fids:
                no_geometry.append((layer.name(), int(fid), None, None, NO_GEOMETRY, None))
        if not total:
            raise QgsProcessingException(
                self.tr("Parameter SUPPLY: the supply layers have no point (empty layers or selections). Choose "
                        "layers with points."))
        missing = [name for name in capacity_names if not found[name]]
        if missing:
            feedback.pushInfo(self.tr("Capacity field(s) {fields} in none of the supply layers: not written.").format(
                fields=", ".join(missing)))
        return SupplyPoints(
            xy=np.concatenate(parts["xy"]).reshape(-1, 2),
            names=np.concatenate(parts["names"]),
            layer=np.concatenate(parts["layer"]),
            fid=np.concatenate(parts["fid"]).astype("int64"),
            supply_id=np.concatenate(parts["supply_id"]),
            category=np.concatenate(parts["category"]),
            capacity={name: np.concatenate(values) for name, values in capacity.items() if found[name]},
            no_geometry=pd.DataFrame(no_geometry, columns=list(UNMATCHED_COLUMNS)),
            total=total,
        )

    def _check_layers(self, layers, id_field: str, feedback) -> None:
        """No layer given twice (its points would count twice); an id field that some layer has."""
        seen = {}
        for layer in layers:
            key = (layer.source(), layer.subsetString()) if isinstance(layer, QgsVectorLayer) else id(layer)
            if key in seen:
                raise QgsProcessingException(
                    self.tr("Parameter SUPPLY: layer '{layer}' is given twice (the same source as '{first}'); its "
                            "points would be counted twice. Remove the copy.").format(layer=layer.name(),
                                                                                    first=seen[key]))
            seen[key] = layer.name()
        if not id_field:
            return
        without = [layer.name() for layer in layers if layer.fields().lookupField(id_field) < 0]
        if len(without) == len(layers):
            raise QgsProcessingException(
                self.tr("Parameter SUPPLY_ID_FIELD: no supply layer has a field '{field}' ({count} layer(s): "
                        "{layers}). Choose an existing field, or leave it empty to use the feature ids.").format(
                    field=id_field, count=len(layers), layers=first_ids(without)))
        if without:
            feedback.pushWarning(
                self.tr("{count} supply layer(s) have no field '{field}' ({layers}): their points are named by "
                        "feature id.").format(count=len(without), field=id_field, layers=first_ids(without)))

    @staticmethod
    def _unmatched(points: SupplyPoints, assignment):
        """The points outside every unit beyond the tolerance, then those with no geometry."""
        rows = assignment.unmatched
        outside = pd.DataFrame({
            "layer": points.layer[rows], "fid": points.fid[rows], "supply_id": points.supply_id[rows],
            "category": points.category[rows], "reason": OUTSIDE, "distance": assignment.distance[rows],
        })  # fmt: skip
        frame = pd.concat([outside, points.no_geometry], ignore_index=True) if len(points.no_geometry) else outside
        frame = frame.astype({"layer": object, "fid": "int64", "supply_id": object, "category": object,
                              "reason": object, "distance": "float64"})
        geometries = list(shapely.points(points.xy[rows])) + [None] * len(points.no_geometry)
        return frame, geometries

    def _log(self, feedback, result, counts, points: SupplyPoints, tolerance: float, unmatched) -> None:
        feedback.pushInfo(self.tr("{points} supply point(s) read: {within} inside a unit, {nearest} in the nearest "
                                  "unit within {tolerance} m, {unmatched} in no unit.").format(
            points=points.total, within=counts["within"], nearest=counts["nearest"], tolerance=tolerance,
            unmatched=len(unmatched)))
        per_category = ", ".join("{} {}".format(c, int(result.units["n_" + c].sum())) for c in result.categories)
        feedback.pushInfo(self.tr("Counted per category: {counts}.").format(counts=per_category or "-"))
        if len(unmatched):
            shown = ["{}:{}".format(layer, fid if supply_id is None else supply_id)
                     for layer, fid, supply_id in zip(unmatched["layer"], unmatched["fid"], unmatched["supply_id"])]
            feedback.pushWarning(self.tr("{count} point(s) in no unit, listed in the unmatched output, first: "
                                         "{ids}.").format(count=len(unmatched), ids=first_ids(shown)))
