"""zoast:complementarities — cross-border supply within reach that deficient units cannot use, as proposals."""

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
)

from ...core import accessibility as fca
from ...core import complementarities
from ..base import ZoastAlgorithm
from ..border import add_border_parameters, host_rows, read_members
from ..chain_inputs import (
    add_catchment_parameters,
    add_official_parameters,
    add_unit_and_supply_parameters,
    chain_settings,
    class_label,
    pairs_to,
    present_field,
    read_chain_inputs,
)
from ..parameters import ADVANCED, add_parameter
from ..qgis_io import fields_for_frame, write_frame


class ComplementaritiesAlgorithm(ZoastAlgorithm):
    """Per deficient unit: the supply across the border it cannot use today, and the agreement that would open it."""

    ALGORITHM_ID = "complementarities"
    GROUP_ID = "flows"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Cross-border complementarities (ZOAST extension proposals)")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        add_unit_and_supply_parameters(self)
        add_official_parameters(self)  # for class_official: TVS_FIELD, GP_OVER_65_FIELD
        add_catchment_parameters(self)
        add_border_parameters(self, fca.BORDER_ZOAST)
        add_parameter(
            self,
            QgsProcessingParameterNumber("MIN_SEVERITY", self.tr("Units from this severity"),
                                         QgsProcessingParameterNumber.Type.Integer, 1, False, 1, 2),
            self.tr("On the analytical class (the accessibility with the ZOAST as they are): 1: every unit in "
                    "shortage (ZIP, ZAC, Walloon shortage, Flemish priority zone); 2: severe only (ZIP, Walloon "
                    "severe shortage)."),
            ADVANCED,
        )
        add_parameter(
            self,
            QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Complementarity proposals"),
                                              QgsProcessing.SourceType.TypeVector),
            self.tr("One row per proposal, ranked within each agreement: code (the ZOAST to extend, or NEW:<unit> "
                    "for a new agreement), rank, unit_id, supply_points and capacity across the border it would "
                    "open, nearest_minutes, class_official and its label (the unit's official class, which no "
                    "agreement changes), then the analytical results: an_class_before/after and their labels, "
                    "an_access_before/after, an_access_gain, an_shortfall_unit_change and an_shortfall_total_change "
                    "(FTE, every unit: newcomers also compete)."),
        )
        for name, label in (
            ("PROPOSALS", self.tr("Proposals")),
            ("DEFICIENT_UNITS", self.tr("Units in shortage (analytical class)")),
            ("UNITS_WITH_UNUSED_SUPPLY", self.tr("Units in shortage (analytical class) with unused supply across "
                                                 "the border")),
            ("SKIPPED", self.tr("Features skipped (no geometry)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        feedback.setProgressText(self.tr("Reading the layers…"))
        tvs_field = present_field(self, parameters, "TVS_FIELD", context,
                                  self.parameterAsSource(parameters, "UNITS", context))
        over_field = present_field(self, parameters, "GP_OVER_65_FIELD", context,
                                   self.parameterAsSource(parameters, "SUPPLY", context))
        inputs = read_chain_inputs(self, parameters, context, feedback, [tvs_field], [over_field])
        skipped = len(inputs.units.skipped_fids) + len(inputs.supply.skipped_fids)
        min_severity = self.parameterAsInt(parameters, "MIN_SEVERITY", context)
        with self.core_errors():
            points = inputs.points()
            points["host"] = host_rows(inputs.units, points[["x", "y"]].to_numpy())
            if over_field:
                points["over_65"] = inputs.supply.frame[over_field].fillna(0).astype(bool).to_numpy()
            members = read_members(self, parameters, context, feedback)
            if self.parameterAsEnum(parameters, "BORDER_MODE", context) != fca.BORDER_ZOAST:
                feedback.pushInfo(self.tr("Proposals are about ZOAST agreements: supply is compared inside the "
                                          "agreements whatever the border mode."))
            feedback.setProgressText(self.tr("Travel costs…"))
            pairs = pairs_to(self, parameters, context, feedback, inputs, points)
            feedback.setProgressText(self.tr("Evaluating the proposals…"))
            table, baseline = complementarities.proposals(
                inputs.frame, pairs, points, "capacity", members,
                chain_settings(self, parameters, context, fca.BORDER_ZOAST), min_severity=min_severity,
                progress=self.progress_callback(feedback), tvs_field=tvs_field or None,
                over_65_column="over_65" if over_field else None, **inputs.chain_fields())
        for column, label in (("class_official", "label_official"), ("an_class_before", "an_label_before"),
                              ("an_class_after", "an_label_after")):
            table.insert(table.columns.get_loc(column) + 1, label, [class_label(c) for c in table[column]])
        deficient = int((baseline["an_severity"] >= min_severity).sum())
        with_unused = int(table["unit_id"].nunique()) if len(table) else 0
        feedback.pushInfo(self.tr("{units} unit(s) in shortage (analytical class), {unused} with unused supply "
                                  "across the border: {count} proposal(s). The gains are analytical: an agreement "
                                  "changes the accessibility, not the official classes.").format(
            units=deficient, unused=with_unused, count=len(table)))

        # Each proposal carries its unit's geometry, so the list can be mapped.
        row_of = pd.Index(inputs.unit_ids.astype(str))
        rows = row_of.get_indexer(table["unit_id"].astype(str))
        fields = fields_for_frame(table)
        source = self.parameterAsSource(parameters, "UNITS", context)
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, fields, source.wkbType(),
                                         inputs.units.source_crs)
        write_frame(sink, fields, table, [inputs.units.geometries[r] for r in rows], None, feedback)
        return {"OUTPUT": dest_id, "PROPOSALS": len(table), "DEFICIENT_UNITS": deficient,
                "UNITS_WITH_UNUSED_SUPPLY": with_unused, "SKIPPED": skipped}
