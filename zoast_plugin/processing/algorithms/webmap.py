"""zoast:webmap — the offline interactive map for patients and partners ("I live here: where can I be treated?").

Reads the agreements, their members at a date, the units and the establishments
(and optionally gap classes or basins), makes one core call
(:func:`~zoast_plugin.core.webmap.webmap_data`) and writes the folder
(:func:`~zoast_plugin.core.webmap.write_webmap`). The page is ``resources/webmap``.
"""

import datetime

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProviderRegistry,
)
from qgis.PyQt.QtCore import QLocale, QTranslator

from ...core import webmap
from ...core.agreements import check_unique_codes
from ...core.validation import require_unique
from ...core.zoning import CLASS_LABELS, LABEL_CONTEXT
from ...i18n import I18N_DIR, interface_language
from ..agreement_inputs import add_agreements_parameter, add_member_parameters, at_date, read_agreements, read_members
from ..base import ZoastAlgorithm, translate_error
from ..parameters import (
    ADVANCED,
    add_analysis_crs_parameter,
    add_field_parameter,
    add_parameter,
    analysis_crs,
    field_value,
)
from ..qgis_io import GEOMETRY_NONE, GEOMETRY_POINTS, GEOMETRY_SHAPES, read_layer, whole_layer
from ..unit_inputs import add_unit_id_field

POLYGONS = [QgsProcessing.SourceType.TypeVectorPolygon]
POINTS = [QgsProcessing.SourceType.TypeVectorPoint]
#: LANGUAGE choices, in the order of the enum (0 follows QGIS).
PAGE_LANGUAGES = ("", "fr", "nl", "en")
WGS84 = "EPSG:4326"


def optional_field(alg, parameters, name, context, source, label, feedback) -> str:
    """The chosen optional field; "" when empty, or when left at its default and absent from the layer."""
    value = field_value(alg, parameters, name, context, required=False)
    definition = alg.parameterDefinition(name)
    if value and source.fields().lookupField(value) < 0 and value == definition.defaultValue():
        feedback.pushInfo(alg.tr("Layer '{layer}' has no field '{field}': read as empty.").format(
            layer=label, field=value))
        return ""
    return value


def layer_label(alg, parameters, name, context) -> str:
    """How the page names an input layer: its name, and the table inside a file ("zoast_border (units)")."""
    layer = alg.parameterAsVectorLayer(parameters, name, context)
    if layer is None:
        source = alg.parameterAsSource(parameters, name, context)
        return source.sourceName() if source is not None else ""
    table = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source()).get("layerName")
    return "{} ({})".format(layer.name(), table) if table and table != layer.name() else layer.name()


def lonlat_transformer(crs, context):
    """A function moving an (n, 2) array from ``crs`` to WGS 84 longitude, latitude, in one QGIS call."""
    transform = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(WGS84), context.transformContext())

    def move(coordinates: np.ndarray) -> np.ndarray:
        if not len(coordinates):
            return np.empty((0, 2))
        # All points as one WKB line string (little-endian), transformed in C++, read back as an array.
        coordinates = np.ascontiguousarray(coordinates, dtype="<f8")
        header = b"\x01" + np.array([2, len(coordinates)], dtype="<u4").tobytes()
        line = QgsGeometry()
        line.fromWkb(header + coordinates.tobytes())
        line.transform(transform)
        wkb = bytes(line.asWkb())
        dtype = "<f8" if wkb[0] == 1 else ">f8"
        return np.frombuffer(wkb, dtype=dtype, offset=9).reshape(-1, 2).astype(float)

    return move


def language_labels(context: str, texts: dict) -> dict:
    """``{code: {"en": text, "fr": …, "nl": …}}`` from the plugin's own .qm files (the reviewed terms)."""
    translators = {}
    for language in ("fr", "nl"):
        translator = QTranslator()
        if translator.load(str(I18N_DIR / "zoast_{}.qm".format(language))):
            translators[language] = translator
    labels = {}
    for code, text in texts.items():
        labels[code] = {"en": text}
        for language in ("fr", "nl"):
            # PyQt5 passes str to the char* arguments as ASCII: give UTF-8 bytes (é in a source text).
            translator = translators.get(language)
            source = (context.encode("utf-8"), text.encode("utf-8"))
            translated = translator.translate(*source) if translator else ""  # i18n: dynamic
            labels[code][language] = translated or text
    return labels


class WebMapAlgorithm(ZoastAlgorithm):
    ALGORITHM_ID = "webmap"
    GROUP_ID = "report"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Offline web map for patients and partners")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        add_agreements_parameter(self)
        add_member_parameters(self, date_advanced=False)
        at_date_parameter = self.parameterDefinition("AT_DATE")
        at_date_parameter.setDescription(self.tr("Map as of date (YYYY-MM-DD)"))
        at_date_parameter.setHelp(self.tr(
            "The agreements and memberships in force on this day are mapped (member since on or before it; with an "
            "agreements table, the agreement in force on that day too). Empty: the day of the export."))
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("UNITS", self.tr("Territorial units (communes)"), POLYGONS),
            self.tr("Communes and municipalities on both sides of the border, as polygons: searched by name and "
                    "code, drawn as the background and dissolved into the ZOAST perimeters."),
        )
        add_unit_id_field(self, "UNITS",
            self.tr("Unique id of each unit, e.g. FR:59599 or BE:33011; the INSEE or REFNIS code "
                    "after the colon can be searched."))
        add_field_parameter(self, "UNIT_COUNTRY_FIELD", self.tr("Unit country field"), "country", "UNITS",
                            self.tr("FR or BE: the side of the border each unit is on."))
        add_field_parameter(self, "UNIT_NAME_FIELD", self.tr("Unit name field"), "name", "UNITS",
                            self.tr("Name of each unit, shown and searched."))
        add_field_parameter(self, "UNIT_NAME_NL_FIELD", self.tr("Unit Dutch name field"), "name_nl", "UNITS",
                            self.tr("Optional: Dutch name (Ieper, Moeskroen…), shown in the Dutch interface and "
                                    "searched."), optional=True)
        add_field_parameter(self, "UNIT_NAME_FR_FIELD", self.tr("Unit French name field"), "name_fr", "UNITS",
                            self.tr("Optional: French name (Ypres, Courtrai…), shown in the French interface and "
                                    "searched."), optional=True)
        add_field_parameter(self, "UNIT_POSTCODE_FIELD", self.tr("Unit postcode field"), "postcode", "UNITS",
                            self.tr("Optional: postcode(s) of each unit, several separated by ';' or ','; searched."),
                            optional=True)
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("FACILITIES", self.tr("Establishments"), POINTS),
            self.tr("Hospitals and other establishments as points; the members of each agreement are listed with "
                    "their name, address, phone and categories. A member without a point is listed without a "
                    "distance."),
        )
        add_field_parameter(self, "FACILITY_ID_FIELD", self.tr("Establishment id field"), "supply_id", "FACILITIES",
                            self.tr("Unique id of each establishment (the ids of the member establishments table)."))
        add_field_parameter(self, "FACILITY_NAME_FIELD", self.tr("Establishment name field"), "name", "FACILITIES",
                            self.tr("Name shown for each establishment."))
        add_field_parameter(self, "FACILITY_COUNTRY_FIELD", self.tr("Establishment country field"), "country",
                            "FACILITIES", self.tr("FR or BE for each establishment: its side of the border."))
        add_field_parameter(self, "FACILITY_ADDRESS_FIELD", self.tr("Establishment address field"), "address",
                            "FACILITIES", self.tr("Optional: postal address shown for each establishment."),
                            optional=True)
        add_field_parameter(self, "FACILITY_PHONE_FIELD", self.tr("Establishment phone field"), "phone",
                            "FACILITIES", self.tr("Optional: phone number shown for each establishment."),
                            optional=True)
        add_field_parameter(self, "FACILITY_CATEGORY_FIELD", self.tr("Establishment category field"), "category",
                            "FACILITIES", self.tr("Optional: care categories of each establishment (hospital, "
                                                  "dialysis…), several separated by ';'."), optional=True)
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("GAPS", self.tr("Gap classes (optional layer)"), POLYGONS, None, True),
            self.tr("Optional: units with their gap class (output of Care gaps), drawn as a layer the reader can "
                    "switch on, one colour per class."),
        )
        add_field_parameter(self, "GAP_CLASS_FIELD", self.tr("Gap class field"), "gap_class", "GAPS",
                            self.tr("Gap class code of each unit (FR_ZIP, WAL_SHORTAGE…)."), optional=True)
        add_parameter(
            self,
            QgsProcessingParameterFeatureSource("BASINS", self.tr("Health basins (optional layer)"), POLYGONS, None,
                                                True),
            self.tr("Optional: health basins (output of Delineate health basins), drawn as outlines the reader can "
                    "switch on."),
        )
        add_field_parameter(self, "BASIN_ID_FIELD", self.tr("Basin id field"), "basin_id", "BASINS",
                            self.tr("Id of each basin; polygons with one id are dissolved."), optional=True)
        add_field_parameter(self, "BASIN_NAME_FIELD", self.tr("Basin name field"), "hub_name", "BASINS",
                            self.tr("Optional: name shown for each basin."), optional=True)
        add_parameter(
            self,
            QgsProcessingParameterEnum("LANGUAGE", self.tr("Default language of the page"), [
                self.tr("Language of QGIS"), "Français", "Nederlands", "English"], False, 0),
            self.tr("The language the page opens in; the reader can switch between French, Dutch and English."),
        )
        add_parameter(
            self,
            QgsProcessingParameterString("TITLE", self.tr("Title"), None, False, True),
            self.tr("Optional: title of the page. Empty: 'Cross-border care: ZOAST zones' in the reader's "
                    "language."),
        )
        add_parameter(
            self,
            QgsProcessingParameterString("SOURCES", self.tr("Sources"), None, True, True),
            self.tr("Optional: sources and credits shown on the page (who publishes the map, data owners, "
                    "licences). The names of the input layers are always listed."),
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("SIMPLIFY_TOLERANCE", self.tr("Simplification tolerance (metres)"),
                                         QgsProcessingParameterNumber.Type.Double,
                                         webmap.DEFAULT_SIMPLIFY_TOLERANCE, False, 0.0),
            self.tr("Outlines are simplified (Douglas–Peucker) within this distance to keep the folder small. "
                    "0 keeps every vertex."),
            ADVANCED,
        )
        add_parameter(
            self,
            QgsProcessingParameterNumber("GAP_TOLERANCE", self.tr("Gap tolerance (metres)"),
                                         QgsProcessingParameterNumber.Type.Double, webmap.WEBMAP_GAP_TOLERANCE, False,
                                         0.0),
            self.tr("Gaps narrower than twice this value are closed when the perimeters are dissolved (French and "
                    "Belgian outlines come from different sources), so no sliver draws a line inside a zone."),
            ADVANCED,
        )
        add_parameter(
            self,
            QgsProcessingParameterString("TILE_URL", self.tr("Background tiles URL (optional)"), None, False, True),
            self.tr("Optional: a tile URL template such as https://tiles.example.org/{z}/{x}/{y}.png. Without it the "
                    "page uses no network at all (countries and communes as background); with it, the reader's "
                    "browser asks that server for tiles."),
            ADVANCED,
        )
        add_parameter(
            self,
            QgsProcessingParameterString("TILE_ATTRIBUTION", self.tr("Background tiles attribution"), None, False,
                                         True),
            self.tr("Credit required by the tile provider, shown as plain text."),
            ADVANCED,
        )
        add_analysis_crs_parameter(self)
        add_parameter(
            self,
            QgsProcessingParameterFolderDestination("OUTPUT", self.tr("Web map folder")),
            self.tr("Folder written with index.html, data.js and the page's scripts (Leaflet included). Open "
                    "index.html from disk, a network share or any web server; nothing is fetched from the internet."),
        )
        self.addOutput(QgsProcessingOutputFile("INDEX", self.tr("Web map page (index.html)")))
        self.addOutput(QgsProcessingOutputNumber("ZONE_COUNT", self.tr("Zones on the map")))
        self.addOutput(QgsProcessingOutputNumber("ESTABLISHMENT_COUNT", self.tr("Establishments listed")))
        self.addOutput(QgsProcessingOutputNumber("NO_COORDINATES_COUNT",
                                                 self.tr("Member establishments without coordinates")))
        self.addOutput(QgsProcessingOutputNumber("EMPTY_AGREEMENT_COUNT",
                                                 self.tr("Agreements in force without member units (not mapped)")))
        self.addOutput(QgsProcessingOutputNumber("SIZE_BYTES", self.tr("Size of the folder (bytes)")))

    # ------------------------------------------------------------------------ reading

    def _tile_url(self, parameters, context) -> str:
        url = (self.parameterAsString(parameters, "TILE_URL", context) or "").strip()
        if url and (not url.lower().startswith(("https://", "http://")) or not all(
                part in url for part in ("{z}", "{x}", "{y}"))):
            raise QgsProcessingException(self.tr(
                "Parameter TILE_URL: '{value}' is not a tile URL template. Give an http(s) address with {{z}}, {{x}} "
                "and {{y}}, or leave it empty.").format(value=url))
        return url

    def _units(self, parameters, context, feedback, crs):
        source = self.parameterAsSource(parameters, "UNITS", context)
        label = self.tr("Territorial units")
        fields = {"unit_id": field_value(self, parameters, "UNIT_ID_FIELD", context),
                  "country": field_value(self, parameters, "UNIT_COUNTRY_FIELD", context),
                  "name": field_value(self, parameters, "UNIT_NAME_FIELD", context)}
        for core_name, parameter in (("name_nl", "UNIT_NAME_NL_FIELD"), ("name_fr", "UNIT_NAME_FR_FIELD"),
                                     ("postcode", "UNIT_POSTCODE_FIELD")):
            chosen = optional_field(self, parameters, parameter, context, source, label, feedback)
            if chosen:
                fields[core_name] = chosen
        data = read_layer(source, context, list(fields.values()), label, GEOMETRY_SHAPES, crs, feedback=feedback,
                          layer=whole_layer(self, parameters, "UNITS", context))
        frame = pd.DataFrame({core: data.frame[user].to_numpy() for core, user in fields.items()})
        with self.core_errors():
            require_unique(frame["unit_id"], fields["unit_id"])
        return frame, data, layer_label(self, parameters, "UNITS", context)

    def _facilities(self, parameters, context, feedback, crs):
        """Every establishment (with or without a point) and its coordinates, NaN without a point."""
        source = self.parameterAsSource(parameters, "FACILITIES", context)
        label = self.tr("Establishments")
        fields = {"supply_id": field_value(self, parameters, "FACILITY_ID_FIELD", context),
                  "name": field_value(self, parameters, "FACILITY_NAME_FIELD", context),
                  "country": field_value(self, parameters, "FACILITY_COUNTRY_FIELD", context)}
        for core_name, parameter in (("address", "FACILITY_ADDRESS_FIELD"), ("phone", "FACILITY_PHONE_FIELD"),
                                     ("category", "FACILITY_CATEGORY_FIELD")):
            chosen = optional_field(self, parameters, parameter, context, source, label, feedback)
            if chosen:
                fields[core_name] = chosen
        whole = whole_layer(self, parameters, "FACILITIES", context)
        attributes = read_layer(source, context, list(fields.values()), label, GEOMETRY_NONE, feedback=feedback,
                                layer=whole)
        # Without feedback: points missing here are counted by the core, for the member establishments only.
        points = read_layer(source, context, [fields["supply_id"]], label, GEOMETRY_POINTS, crs, layer=whole)
        frame = pd.DataFrame({core: attributes.frame[user].to_numpy() for core, user in fields.items()})
        xy = pd.DataFrame(points.xy, index=points.fids, columns=["x", "y"]).reindex(attributes.fids)
        frame["x"], frame["y"] = xy["x"].to_numpy(), xy["y"].to_numpy()
        with self.core_errors():
            require_unique(frame["supply_id"], fields["supply_id"])
        return frame, layer_label(self, parameters, "FACILITIES", context)

    def _overlay(self, parameters, context, feedback, crs, kind, layer_name, key_parameter, name_parameter=None):
        source = self.parameterAsSource(parameters, layer_name, context)
        if source is None:
            return None, None
        label = layer_label(self, parameters, layer_name, context)
        key = field_value(self, parameters, key_parameter, context)
        name = optional_field(self, parameters, name_parameter, context, source, label, feedback) \
            if name_parameter else ""
        data = read_layer(source, context, [key, name], label, GEOMETRY_SHAPES, crs, feedback=feedback,
                          layer=whole_layer(self, parameters, layer_name, context))
        names = data.frame[name] if name else None
        return webmap.Overlay(kind, data.frame[key], data.shapes, names), label

    @staticmethod
    def _agreement_attributes(agreements_data, code_field: str) -> pd.DataFrame:
        """The agreements' code and the attributes the page shows, as read (dates as dates)."""
        names = agreements_data.source_fields.names()
        frame = pd.DataFrame(agreements_data.attributes, columns=names)
        keep = [code_field] + [n for n in webmap.AGREEMENT_TEXT + webmap.AGREEMENT_DATES if n in names
                               and n != code_field]
        return frame[keep].rename(columns={code_field: "code"})

    def _page_language(self, parameters, context) -> str:
        chosen = PAGE_LANGUAGES[self.parameterAsEnum(parameters, "LANGUAGE", context)]
        if chosen:
            return chosen
        language = interface_language()
        return language if language in webmap.LANGUAGES else "en"

    # ------------------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        crs = analysis_crs(self, parameters, context)
        when = at_date(self, parameters, context)
        if when is None:
            when = pd.Timestamp(datetime.date.today())
        tile_url = self._tile_url(parameters, context)
        folder = self.parameterAsString(parameters, "OUTPUT", context)

        feedback.setProgressText(self.tr("Reading the layers…"))
        units, units_data, units_name = self._units(parameters, context, feedback, crs)
        facilities, facilities_name = self._facilities(parameters, context, feedback, crs)
        agreements, agreements_data = read_agreements(self, parameters, context, feedback)
        attributes = None
        if agreements is not None:
            with self.core_errors():
                problem = check_unique_codes(agreements)
                if problem is not None:
                    raise problem
            attributes = self._agreement_attributes(
                agreements_data, field_value(self, parameters, "AGREEMENT_CODE_FIELD", context))
        members = read_members(self, parameters, context, feedback, units["unit_id"], units["country"], when,
                               agreements, facility_ids=facilities["supply_id"])
        if members is None:
            raise QgsProcessingException(self.tr(
                "Parameter AGREEMENT_MEMBERS: choose the table of agreement members (zoast_members of an agreements "
                "store); the map shows their zones."))
        overlays, overlay_names = [], []
        for kind, layer_name, key, name in (("gaps", "GAPS", "GAP_CLASS_FIELD", None),
                                            ("basins", "BASINS", "BASIN_ID_FIELD", "BASIN_NAME_FIELD")):
            overlay, label = self._overlay(parameters, context, feedback, crs, kind, layer_name, key, name)
            if overlay is not None:
                overlays.append(overlay)
                overlay_names.append(label)

        sources = (self.parameterAsString(parameters, "SOURCES", context) or "").strip()
        layer_names = [units_name, facilities_name] + overlay_names
        for name in ("AGREEMENTS", "AGREEMENT_MEMBERS", "AGREEMENT_ESTABLISHMENTS"):
            if self.parameterAsSource(parameters, name, context) is not None:
                layer_names.append(layer_label(self, parameters, name, context))
        meta = {
            "as_of": when.date().isoformat(), "generated": datetime.date.today().isoformat(),
            "language": self._page_language(parameters, context),
            "title": (self.parameterAsString(parameters, "TITLE", context) or "").strip(),
            "sources": sources, "layers": list(dict.fromkeys(n for n in layer_names if n)),
            "tiles": {"url": tile_url,
                      "attribution": (self.parameterAsString(parameters, "TILE_ATTRIBUTION", context) or "").strip()}
            if tile_url else None,
        }

        feedback.setProgressText(self.tr("Preparing the map data…"))
        with self.core_errors():
            try:
                result = webmap.webmap_data(
                    units, units_data.shapes, units_data.xy, members.units, members.establishments, facilities,
                    lonlat_transformer(crs, context), attributes, overlays, meta,
                    language_labels(LABEL_CONTEXT, CLASS_LABELS) if overlays else None,
                    self.parameterAsDouble(parameters, "SIMPLIFY_TOLERANCE", context),
                    self.parameterAsDouble(parameters, "GAP_TOLERANCE", context), when=when,
                    progress=self.progress_callback(feedback))
            except QgsCsException as error:
                raise QgsProcessingException(self.tr(
                    "The layers could not be moved to longitude and latitude ({error}). Check their CRS and the "
                    "analysis CRS.").format(error=error)) from error
        for warning in result.warnings:
            feedback.pushWarning(translate_error(warning))
        if result.not_in_force:
            feedback.pushInfo(self.tr("{count} agreement(s) not in force on {date} are not on the map: {ids}.").format(
                count=len(result.not_in_force), date=meta["as_of"], ids=", ".join(result.not_in_force[:5])))

        feedback.setProgressText(self.tr("Writing the web map…"))
        try:
            written = webmap.write_webmap(folder, result.data)
        except OSError as error:
            raise QgsProcessingException(self.tr("Could not write the web map into {folder}: {error}").format(
                folder=folder, error=error)) from error
        zones = result.data["zones"]
        feedback.pushInfo(self.tr("{zones} zone(s) and {establishments} establishment(s) mapped as of {date}; "
                                  "{size} MB written: open {index}").format(
            zones=len(zones), establishments=len(result.data["establishments"]), date=meta["as_of"],
            size=QLocale(interface_language()).toString(written.size_bytes / 1e6, "f", 1), index=written.index))
        return {"OUTPUT": folder, "INDEX": str(written.index), "ZONE_COUNT": len(zones),
                "ESTABLISHMENT_COUNT": len(result.data["establishments"]),
                "NO_COORDINATES_COUNT": len(result.no_coordinates),
                "EMPTY_AGREEMENT_COUNT": len(result.empty_agreements), "SIZE_BYTES": written.size_bytes}
