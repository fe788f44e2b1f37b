"""Every table reader honours the layer's encoding, tables without geometry included (the fast OGR path)."""

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsVectorLayer

from zoast_plugin.processing.qgis_io import layer_with_encoding, qgis_encoding_name, read_layer

TEXT = "zoast_code;unit_id\nCÔTE_MRTW_URSA;FR:59599\nL’ŒUVRE;BE:57081\n"


def csv_layer(tmp_path, encoding):
    path = tmp_path / "members_{}.csv".format(encoding)
    path.write_bytes(TEXT.encode(encoding))
    layer = QgsVectorLayer(str(path), "members", "ogr")
    assert layer.isValid()
    return layer


@pytest.mark.parametrize("layer_encoding", ["windows-1252", "ISO-8859-1"])
def test_table_read_with_the_layers_encoding(qgis_app, tmp_path, layer_encoding):
    """The user set the layer's encoding in QGIS: the reader uses it (latin-1 as Windows-1252: ’ and Œ)."""
    layer = csv_layer(tmp_path, "cp1252")
    layer.setProviderEncoding(layer_encoding)
    data = read_layer(layer, QgsProcessingContext(), ["zoast_code"], "Members", layer=layer)
    assert list(data.frame["zoast_code"]) == ["CÔTE_MRTW_URSA", "L’ŒUVRE"]


def test_table_in_windows_1252_read_as_utf8_is_an_error_naming_the_line(qgis_app, tmp_path):
    layer = csv_layer(tmp_path, "cp1252")
    with pytest.raises(QgsProcessingException, match=r"members_cp1252\.csv'\), line 2, field 'zoast_code'.*"
                                                     r"windows-1252"):
        read_layer(layer, QgsProcessingContext(), ["zoast_code"], "Members", layer=layer)


def test_reopened_with_an_encoding_leaves_the_users_layer_alone(qgis_app, tmp_path):
    layer = csv_layer(tmp_path, "cp1252")
    copy = layer_with_encoding(layer, "latin-1")
    assert copy.dataProvider().encoding() == "windows-1252" and layer.dataProvider().encoding() == "UTF-8"
    assert [qgis_encoding_name(name) for name in ("latin-1", "cp1252", "utf-8", "iso-8859-15", "cp1250")] == [
        "windows-1252", "windows-1252", "UTF-8", "ISO-8859-15", "windows-1250"]


def test_delimited_text_layer_reopened_with_the_encoding(qgis_app, tmp_path):
    """A CSV added with "Add delimited text layer": the encoding goes into its URI."""
    path = tmp_path / "liste.csv"
    path.write_bytes("id;naam;x;y\nBE-1;L’ŒUVRE;4,35;50,85\n".encode("cp1252"))
    uri = "{}?delimiter=;&xField=x&yField=y&crs=EPSG:4326&decimalPoint=,".format(path.as_uri())
    layer = QgsVectorLayer(uri, "liste", "delimitedtext")
    assert layer.isValid()
    copy = layer_with_encoding(layer, "latin-1")
    assert [f["naam"] for f in copy.getFeatures()] == ["L’ŒUVRE"]
    assert "encoding=windows-1252" in copy.source() and "encoding" not in layer.source()


def test_delimited_text_layer_in_the_wrong_encoding_names_file_and_feature(qgis_app, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_bytes("id;naam\nBE-1;L’ŒUVRE\n".encode("cp1252"))
    layer = QgsVectorLayer("{}?delimiter=;&geomType=none".format(path.as_uri()), "liste", "delimitedtext")
    with pytest.raises(QgsProcessingException, match=r"liste\.csv\), feature \d+, field 'naam'.*windows-1252"):
        read_layer(layer, QgsProcessingContext(), ["naam"], "List")


def test_undecodable_text_in_a_field_only_copied_to_the_output_is_an_error(qgis_app, tmp_path):
    """A GP list added with "Add delimited text layer" (UTF-8, QGIS's default) over a Windows-1252 file: the
    names are not read by the algorithm but copied to its output; they were written as 'Lef\ufffdvre'."""
    path = tmp_path / "huisartsen.csv"
    path.write_bytes("id;naam;x;y\nBE-1;Dr Vandenbroucke;4,35;50,85\nBE-2;Dr Lefèvre;4,36;50,86\n".encode("cp1252"))
    uri = "{}?delimiter=;&xField=x&yField=y&crs=EPSG:4326&decimalPoint=,".format(path.as_uri())
    layer = QgsVectorLayer(uri, "huisartsen", "delimitedtext")
    assert layer.isValid()
    with pytest.raises(QgsProcessingException, match=r"huisartsen\.csv\), feature 3, field 'naam'.*windows-1252"):
        read_layer(layer, QgsProcessingContext(), ["id"], "List", keep_features=True, layer=layer)
    data = read_layer(layer_with_encoding(layer, "windows-1252"), QgsProcessingContext(), ["id"], "List",
                      keep_features=True)
    assert [row[1] for row in data.attributes] == ["Dr Vandenbroucke", "Dr Lefèvre"]
