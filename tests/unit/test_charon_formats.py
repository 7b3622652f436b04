"""Charon's game-data codecs: round trips and the exact shapes of each format."""

from __future__ import annotations

import datetime as dt
import io
import xml.etree.ElementTree as ET
import zipfile
from typing import Any

import bson
import msgpack
import orjson
import pytest
from bson.objectid import ObjectId
from openpyxl import Workbook, load_workbook

from emulators.charon import formats
from emulators.charon.formats import FormatError

GAMEDATA: dict[str, Any] = {
    "ToolsVersion": "2025.4.3",
    "RevisionHash": "678f998993a22d1f54b7fa80",
    "ChangeNumber": 12,
    "Collections": {
        "ProjectSettings": [
            {"Id": "p1", "Name": "My Project", "PrimaryLanguage": "en-US", "Languages": "fr-FR"}
        ],
        "Item": [
            {
                "Id": "Sword",
                "Name": "=SUM(A1)",
                "Damage": 20,
                "Weight": 1.5,
                "Rare": True,
                "Title": {"en-US": "Iron Sword", "fr-FR": "Épée de fer"},
                "Parts": [{"Id": "Blade", "Length": 3}],
                "Owner": None,
                "Note": "[1, 2]",
            },
            {"Id": "Shield", "Damage": 0, "Title": {"en-US": "Shield"}},
        ],
    },
}


@pytest.mark.parametrize("media", formats.TREE_FORMATS)
def test_tree_formats_round_trip_any_game_data(media: str) -> None:
    assert formats.decode_gamedata(formats.encode_gamedata(GAMEDATA, media), media) == GAMEDATA


def test_tree_formats_are_the_libraries_own_encodings() -> None:
    assert formats.encode_value(GAMEDATA, formats.JSON) == orjson.dumps(GAMEDATA)
    assert msgpack.unpackb(formats.encode_value(GAMEDATA, formats.MSGPACK)) == GAMEDATA
    assert bson.decode(formats.encode_value(GAMEDATA, formats.BSON)) == GAMEDATA


def test_msgpack_carries_a_bare_array_but_bson_does_not() -> None:
    assert formats.decode_value(formats.encode_value([{"Id": 1}], formats.MSGPACK), formats.MSGPACK) == [
        {"Id": 1}
    ]
    with pytest.raises(FormatError, match="document"):
        formats.encode_value([{"Id": 1}], formats.BSON)


def test_bson_types_become_their_json_forms() -> None:
    oid = ObjectId("65a0c4a00000000000000001")
    data = bson.encode({"Id": oid, "Big": bson.Int64(2**40), "Price": bson.Decimal128("2.5")})
    assert formats.decode_value(data, formats.BSON) == {"Id": str(oid), "Big": 2**40, "Price": 2.5}


@pytest.mark.parametrize(
    ("media", "data", "message"),
    [
        (formats.JSON, b"{", "not valid JSON"),
        (formats.MSGPACK, b"\xc1", "not valid MessagePack"),
        (formats.MSGPACK, msgpack.packb({1: "a"}), "keys must be strings"),
        (formats.MSGPACK, msgpack.packb({"a": b"\x00"}, use_bin_type=True), "/a: a bytes value"),
        (formats.BSON, b"\x05\x00\x00", "not a valid BSON"),
        (formats.BSON, bson.encode({"a": bson.Binary(b"x")}), "/a: a"),
        (formats.JSON, b"", "empty"),
    ],
)
def test_unreadable_tree_data_is_a_format_error(media: str, data: bytes, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        formats.decode_value(data, media)


NAN, INF = float("nan"), float("inf")


@pytest.mark.parametrize(
    ("media", "data", "message"),
    [
        (formats.JSON, b"", "The body is empty."),
        (formats.MSGPACK, msgpack.packb(NAN), "/: NaN and infinities have no JSON form."),
        (formats.MSGPACK, msgpack.packb({"a": [1, -INF]}), "/a/1: NaN and infinities have no JSON form."),
        (formats.MSGPACK, msgpack.packb({1: "a"}), "/: map keys must be strings, not int."),
        (formats.MSGPACK, msgpack.packb({"a": {2: 0}}), "/a: map keys must be strings, not int."),
        (formats.MSGPACK, msgpack.packb(b"x", use_bin_type=True), "/: a bytes value has no JSON form."),
        (  # a key's "~" and "/" are escaped in the pointer (RFC 6901)
            formats.MSGPACK,
            msgpack.packb({"a/b~c": [b"x"]}, use_bin_type=True),
            "/a~1b~0c/0: a bytes value has no JSON form.",
        ),
        (formats.BSON, bson.encode({"a": {"b": bson.Binary(b"x")}}), "/a/b: a bytes value has no JSON form."),
        (
            formats.BSON,
            bson.encode({"d": bson.Decimal128("NaN")}),
            "/d: NaN and infinities have no JSON form.",
        ),
        (formats.JSON.replace("json", "yaml"), b"a: 1", "Unsupported format application/yaml."),
    ],
)
def test_each_tree_refusal_says_what_and_where(media: str, data: bytes, message: str) -> None:
    with pytest.raises(FormatError) as refused:
        formats.decode_value(data, media)
    assert str(refused.value) == message


@pytest.mark.parametrize(
    ("value", "media", "message"),
    [
        ([1], formats.BSON, "BSON holds a document (an object), not a bare array or value."),
        ({"a": 2**70}, formats.BSON, "The value cannot be written as BSON: "),
        (2**70, formats.MSGPACK, "The value cannot be written as MessagePack: "),
        ({}, "application/yaml", "Unsupported format application/yaml."),
    ],
)
def test_a_value_a_tree_format_cannot_hold_is_a_format_error(value: Any, media: str, message: str) -> None:
    with pytest.raises(FormatError) as refused:
        formats.encode_value(value, media)
    assert str(refused.value).startswith(message)
    assert str(refused.value).endswith(".")


def test_bson_times_are_utc_text_and_whole_decimals_are_integers() -> None:
    moment = dt.datetime(2026, 1, 2, 3, 4, 5, 678000, tzinfo=dt.UTC)
    data = bson.encode({"At": moment, "Count": bson.Decimal128("5"), "Price": bson.Decimal128("2.5")})
    decoded = formats.decode_value(data, formats.BSON)
    assert decoded == {"At": "2026-01-02T03:04:05.678000Z", "Count": 5, "Price": 2.5}
    assert isinstance(decoded["Count"], int)


def test_xlsx_round_trips_and_writes_one_sheet_per_collection() -> None:
    data = formats.encode_gamedata(GAMEDATA, formats.XLSX)
    assert formats.decode_gamedata(data, formats.XLSX) == GAMEDATA
    workbook = load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == ["_charon", "ProjectSettings", "Item"]
    assert workbook["_charon"].sheet_state == "hidden"
    items = workbook["Item"]
    header = [c.value for c in items[1]]
    assert header == ["Id", "Name", "Damage", "Weight", "Rare", "Title", "Parts", "Owner", "Note"]
    assert [c.value for c in items[2]][:5] == ["Sword", "=SUM(A1)", 20, 1.5, True]
    assert items["B2"].data_type == "s"  # text, not a formula
    assert orjson.loads(items["F2"].value) == {"en-US": "Iron Sword", "fr-FR": "Épée de fer"}
    assert items["F2"].data_type == "s" and items["F2"].number_format == "@"
    assert items["I2"].value == "[1, 2]" and items["I2"].number_format != "@"  # text that looks like JSON
    assert items["H3"].value is None  # Shield has no Owner: an empty cell, not null


def test_xlsx_made_by_hand_reads_sheet_titles_as_collections() -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Item"
    sheet.append(["Id", "Damage", "Name"])
    sheet.append(["Axe", 7, None])
    out = io.BytesIO()
    workbook.save(out)
    assert formats.decode_gamedata(out.getvalue(), formats.XLSX) == {
        "Collections": {"Item": [{"Id": "Axe", "Damage": 7}]}
    }


def test_xlsx_long_collection_names_survive_the_31_character_titles() -> None:
    name = "A" * 40
    gamedata = {"Collections": {name: [{"Id": 1}], "A" * 41: [{"Id": 2}]}}
    assert formats.decode_gamedata(formats.encode_gamedata(gamedata, formats.XLSX), formats.XLSX) == gamedata


def test_a_property_name_xlsx_cannot_store_is_a_format_error() -> None:
    with pytest.raises(FormatError) as refused:
        formats.encode_gamedata({"Collections": {"Item": [{"Id": 1, "a\x01": 2}]}}, formats.XLSX)
    assert str(refused.value) == "A property name holds a character XLSX cannot store (a control character)."


def test_not_a_workbook_is_a_format_error() -> None:
    with pytest.raises(FormatError, match="XLSX"):
        formats.decode_gamedata(b"PK not really", formats.XLSX)


@pytest.mark.parametrize(("media", "version"), [(formats.XLIFF1, 1), (formats.XLIFF2, 2)])
def test_xliff_writes_localized_texts_and_reads_back_the_translations(media: str, version: int) -> None:
    data = formats.encode_gamedata(
        GAMEDATA, media, localized={"Item": ["Title"]}, source_language="en-US", target_language="fr-FR"
    )
    root = ET.fromstring(data)
    ns = formats.xliff.NS2 if version == 2 else formats.xliff.NS1
    assert root.tag == f"{{{ns}}}xliff" and root.get("version") == ("2.0" if version == 2 else "1.2")
    units = list(root.iter(f"{{{ns}}}unit" if version == 2 else f"{{{ns}}}trans-unit"))
    names = [u.get("name" if version == 2 else "resname") for u in units]
    assert names == ["/Sword/Title", "/Shield/Title"]
    assert [u.findtext(f".//{{{ns}}}source") for u in units] == ["Iron Sword", "Shield"]
    assert [u.findtext(f".//{{{ns}}}target") for u in units] == ["Épée de fer", None]
    assert formats.decode_gamedata(data, media) == {
        "Collections": {"Item": [{"Id": "Sword", "Title": {"fr-FR": "Épée de fer"}}]}
    }


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<xliff", "well-formed"),
        (b"<other/>", "not an XLIFF"),
        (b'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2"><file/></xliff>', "original"),
    ],
)
def test_unreadable_xliff_is_a_format_error(data: bytes, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        formats.decode_gamedata(data, formats.XLIFF1)


@pytest.mark.parametrize(
    ("accept", "chosen"),
    [
        (None, formats.JSON),
        ("*/*", formats.JSON),
        ("application/x-msgpack", formats.MSGPACK),
        ("application/json;q=0.5, application/bson", formats.BSON),
        ("application/xliff+xml;version=2", formats.XLIFF2),
        ("application/xliff+xml", formats.XLIFF1),
        ("text/html", None),
        ("application/bson,application/json", formats.BSON),  # no space after the comma
        ("application/bson;q=1, application/json", formats.BSON),  # equal q: the first listed
        ("application/json;q=1, application/bson;q=0.9", formats.JSON),
        ("application/json;q=abc, application/bson", formats.BSON),  # an unreadable q: not acceptable
        ("application/json;q=0", None),  # q=0: not acceptable
        ("application/*", formats.JSON),  # the first offered
        ("*/*;level=1", formats.JSON),
    ],
)
def test_negotiate_picks_the_accepted_format(accept: str | None, chosen: str | None) -> None:
    assert formats.negotiate(accept, formats.ALL_FORMATS) == chosen


@pytest.mark.parametrize(
    ("content_type", "named"),
    [
        ("application/json; charset=utf-8", formats.JSON),
        ("APPLICATION/JSON", formats.JSON),
        ("text/json", formats.JSON),
        ("application/msgpack", formats.MSGPACK),
        ("application/vnd.msgpack", formats.MSGPACK),
        ("application/x-msgpack", formats.MSGPACK),
        ('application/xliff+xml; version="2.0"', formats.XLIFF2),
        ("application/xliff+xml;version=2=1", formats.XLIFF2),  # the value is all after the first "="
        ("application/xliff+xml;version=1.2", formats.XLIFF1),
        ("text/html", None),
        ("", None),
        (None, None),
    ],
)
def test_canonical_names_the_format_of_a_content_type(content_type: str | None, named: str | None) -> None:
    assert formats.canonical(content_type) == named


def test_an_unknown_format_is_a_format_error_naming_it() -> None:
    with pytest.raises(FormatError, match=r"^Unsupported format text/html\.$"):
        formats.encode_gamedata({"Collections": {}}, "text/html")
    with pytest.raises(FormatError, match=r"^Unsupported format text/html\.$"):
        formats.decode_gamedata(b"{}", "text/html")


def test_xliff_source_and_target_language_default_to_en_us() -> None:
    data = formats.encode_gamedata(GAMEDATA, formats.XLIFF1, localized={"Item": ["Title"]})
    file = ET.fromstring(data).find(f"{{{formats.xliff.NS1}}}file")
    assert file is not None
    assert (file.get("source-language"), file.get("target-language")) == ("en-US", "en-US")


EMBEDDED_TEXTS: dict[str, Any] = {
    "Collections": {
        "Ring": [
            {
                "Id": "R1",
                "Title": {"en-US": "Ring", "fr-FR": "Anneau"},
                "Gems": [{"Id": "g1", "Label": {"en-US": "Ruby"}}, {"Id": "g2", "Label": {"en-US": "Opal"}}],
                "Main": {"Id": "m", "Label": {"en-US": "Pearl", "fr-FR": "Perle"}},
            }
        ]
    }
}


@pytest.mark.parametrize("media", [formats.XLIFF1, formats.XLIFF2])
def test_xliff_carries_the_texts_of_embedded_documents_at_their_pointers(media: str) -> None:
    localized = {"Ring": ["Title", "Gems/*/Label", "Main/Label"]}
    data = formats.encode_gamedata(
        EMBEDDED_TEXTS, media, localized=localized, source_language="en-US", target_language="fr-FR"
    )
    translated = data.replace(b"<source>Opal</source>", b"<source>Opal</source><target>Opale</target>")
    if media == formats.XLIFF2:  # 2.0 keeps source and target inside a <segment>
        assert b'name="/R1/Gems/1/Label"' in data and b'name="/R1/Main/Label"' in data
    else:
        assert b'resname="/R1/Gems/1/Label"' in data
    assert formats.decode_gamedata(translated, media) == {
        "Collections": {
            "Ring": [
                {
                    "Id": "R1",
                    "Title": {"fr-FR": "Anneau"},
                    "Gems": [{}, {"Label": {"fr-FR": "Opale"}}],  # the first gem has no translation
                    "Main": {"Label": {"fr-FR": "Perle"}},
                }
            ]
        }
    }


@pytest.mark.parametrize("where", ["/R1", "/R1/0/Label"])
def test_an_xliff_pointer_that_names_no_property_is_a_format_error(where: str) -> None:
    ns = formats.xliff.NS1
    data = (
        f'<xliff xmlns="{ns}" version="1.2"><file original="Ring" target-language="fr-FR"><body>'
        f'<trans-unit id="u1" resname="{where}"><source>a</source><target>b</target></trans-unit>'
        "</body></file></xliff>"
    ).encode()
    with pytest.raises(FormatError, match="not a pointer"):
        formats.decode_gamedata(data, formats.XLIFF1)


XLIFF_GAMEDATA: dict[str, Any] = {
    "Collections": {
        "ProjectSettings": [
            {"Id": "p1", "Name": "P"}
        ],  # nothing localized: no <file>, but it keeps its number
        "Item": [
            {
                "Id": "a/b~c",
                "Title": {"en-US": "Sword", "fr-FR": "Épée"},
                "Parts": [{"Name": {"fr-FR": "Lame"}}],
            },
            {"Id": "Shield", "Title": {"en-US": "Shield"}, "Parts": None},  # a null list has no items
        ],
        "Ring": [{"Id": "R1", "Title": {"en-US": "Ring"}}],
    }
}
XLIFF_WRITTEN = {
    1: (
        "<?xml version='1.0' encoding='utf-8'?>\n"
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">'
        '<file original="Item" source-language="en-US" target-language="fr-FR" datatype="plaintext"><body>'
        '<trans-unit id="u1" resname="/a~1b~0c/Title"><source>Sword</source><target>Épée</target>'
        "</trans-unit>"
        '<trans-unit id="u2" resname="/a~1b~0c/Parts/0/Name"><source /><target>Lame</target></trans-unit>'
        '<trans-unit id="u3" resname="/Shield/Title"><source>Shield</source></trans-unit>'
        "</body></file>"
        '<file original="Ring" source-language="en-US" target-language="fr-FR" datatype="plaintext"><body>'
        '<trans-unit id="u4" resname="/R1/Title"><source>Ring</source></trans-unit>'
        "</body></file></xliff>"
    ),
    2: (
        "<?xml version='1.0' encoding='utf-8'?>\n"
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US" trgLang="fr-FR">'
        '<file id="f2" original="Item">'
        '<unit id="u1" name="/a~1b~0c/Title"><segment><source>Sword</source><target>Épée</target></segment>'
        "</unit>"
        '<unit id="u2" name="/a~1b~0c/Parts/0/Name"><segment><source /><target>Lame</target></segment></unit>'
        '<unit id="u3" name="/Shield/Title"><segment><source>Shield</source></segment></unit>'
        "</file>"
        '<file id="f3" original="Ring">'
        '<unit id="u4" name="/R1/Title"><segment><source>Ring</source></segment></unit>'
        "</file></xliff>"
    ),
}


@pytest.mark.parametrize(("media", "version"), [(formats.XLIFF1, 1), (formats.XLIFF2, 2)])
def test_xliff_is_written_exactly_with_sequential_ids_and_escaped_pointers(media: str, version: int) -> None:
    """Translation tools read the ids, attributes and declaration: the whole document is the contract."""
    data = formats.encode_gamedata(
        XLIFF_GAMEDATA,
        media,
        localized={"Item": ["Title", "Parts/*/Name"], "Ring": ["Title"]},
        source_language="en-US",
        target_language="fr-FR",
    )
    assert data.decode() == XLIFF_WRITTEN[version]


def test_xliff_is_read_into_nested_translations_per_document() -> None:
    """Pointers are unescaped, lists grow only as far as their last index, inline markup keeps its text."""
    ns = formats.xliff.NS1
    data = (
        f'<xliff xmlns="{ns}" version="1.2"><file original="Item" target-language="fr-FR"><body>'
        '<trans-unit id="u1" resname="/a~1b~0c/Title"><source>S</source><target>É<g id="1">p</g>ée</target>'
        "</trans-unit>"
        '<trans-unit id="u2" resname="/a~1b~0c/Parts/0/Name"><source/><target>Lame</target></trans-unit>'
        '<trans-unit id="u3" resname="/a~1b~0c/Parts/1/Name"><source/><target>Garde</target></trans-unit>'
        '<trans-unit id="u4" resname="/Shield/Title"><source>Shield</source><target>Bouclier</target>'
        "</trans-unit>"
        '<trans-unit id="u5" resname="/Axe/Title"><source>Axe</source></trans-unit>'
        "</body></file></xliff>"
    ).encode()
    assert formats.decode_gamedata(data, formats.XLIFF1) == {
        "Collections": {
            "Item": [
                {
                    "Id": "a/b~c",
                    "Title": {"fr-FR": "Épée"},
                    "Parts": [{"Name": {"fr-FR": "Lame"}}, {"Name": {"fr-FR": "Garde"}}],
                },
                {"Id": "Shield", "Title": {"fr-FR": "Bouclier"}},
            ]
        }
    }


def _xliff1(units: str, file: str = 'original="Item" target-language="fr-FR"') -> bytes:
    ns = formats.xliff.NS1
    return f'<xliff xmlns="{ns}" version="1.2"><file {file}><body>{units}</body></file></xliff>'.encode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<other/>", "The body is not an XLIFF 1.2 or 2.0 document."),
        (
            _xliff1("", file='target-language="fr-FR"'),
            "Every <file> needs the collection name in its 'original' attribute.",
        ),
        (_xliff1("", file='original="Item"'), "The file 'Item' does not say its target language."),
        (
            _xliff1('<trans-unit id="u1" resname="Sword/Title"><source/><target>t</target></trans-unit>'),
            "'Sword/Title' is not a JSON pointer.",
        ),
        (
            _xliff1('<trans-unit id="u1"><source/><target>t</target></trans-unit>'),
            "'' is not a JSON pointer.",
        ),
        (
            _xliff1(
                '<trans-unit id="u1" resname="/S/Parts/0/Name"><source/><target>t</target></trans-unit>'
                '<trans-unit id="u2" resname="/S/Parts/Name"><source/><target>t</target></trans-unit>'
            ),
            "'/S/Parts/Name' points both at a text and inside it.",
        ),
    ],
)
def test_each_xliff_refusal_says_what_is_wrong(data: bytes, message: str) -> None:
    with pytest.raises(FormatError) as refused:
        formats.decode_gamedata(data, formats.XLIFF1)
    assert str(refused.value) == message


def _workbook_bytes(workbook: Workbook) -> bytes:
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_xlsx_sheet_titles_are_valid_unique_and_never_the_metadata_sheet() -> None:
    """Titles: at most 31 characters, none of []:*?/\\; a renamed one ends with its collection's position."""
    names = ["", "X/Y:[z]*?\\", "_charon", "B" * 31, "C" * 32, "D" * 40]
    gamedata = {"Collections": {name: [{"Id": index}] for index, name in enumerate(names)}}
    data = formats.encode_gamedata(gamedata, formats.XLSX)
    workbook = load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == [
        "_charon",
        "Sheet",
        "X_Y__z____",
        "_charon~2",
        "B" * 31,
        "C" * 26 + "~4",
        "D" * 26 + "~5",
    ]
    assert workbook.active is not None and workbook.active.title == "Sheet"  # the first data sheet
    decoded = formats.decode_gamedata(data, formats.XLSX)
    # (an empty name, which no Charon collection has, is an empty cell of the metadata sheet)
    assert list(decoded["Collections"].items())[1:] == list(gamedata["Collections"].items())[1:]


@pytest.mark.parametrize(
    ("gamedata", "active", "meta_state"),
    [
        ({"Collections": {"Item": [{"Id": 1}]}}, "Item", "hidden"),
        ({"ToolsVersion": "2025.4.3", "ChangeNumber": 3, "Collections": {}}, "_charon", "visible"),
    ],
)
def test_xlsx_opens_on_the_first_collection_and_hides_the_metadata_sheet_only_then(
    gamedata: dict[str, Any], active: str, meta_state: str
) -> None:
    """A workbook's only sheet cannot be hidden: game data without collections was a ValueError (a bug)."""
    data = formats.encode_gamedata(gamedata, formats.XLSX)
    workbook = load_workbook(io.BytesIO(data))
    assert workbook.active is not None and workbook.active.title == active
    assert workbook["_charon"].sheet_state == meta_state
    assert formats.decode_gamedata(data, formats.XLSX) == gamedata


def test_a_hand_edited_workbook_reads_cached_values_and_ignores_unknown_metadata() -> None:
    workbook = Workbook()
    meta = workbook.active
    assert meta is not None
    meta.title = "_charon"
    meta.append(["Note", "free text, not JSON"])  # a row the metadata does not know: ignored
    meta.append(["ChangeNumber", "12"])
    meta.append(["Collection", "Items", "Item"])
    items = workbook.create_sheet("Items")
    items.append(["Id", "Total", "Added"])
    items.append(["a", "=1+1", dt.datetime(2026, 1, 2, 3, 4, 5)])
    workbook.create_sheet("Empty")  # no header row: no documents
    data = _workbook_bytes(workbook)
    with zipfile.ZipFile(io.BytesIO(data)) as source:  # the value Excel caches for the formula
        parts = {name: source.read(name) for name in source.namelist()}
    parts["xl/worksheets/sheet2.xml"] = parts["xl/worksheets/sheet2.xml"].replace(b"<v />", b"<v>2</v>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, content in parts.items():
            target.writestr(name, content)
    assert formats.decode_gamedata(out.getvalue(), formats.XLSX) == {
        "ChangeNumber": 12,
        "Collections": {"Item": [{"Id": "a", "Total": 2, "Added": "2026-01-02 03:04:05"}], "Empty": []},
    }


def _json_cell_workbook(sheet_title: str, *rows: list[Any]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = sheet_title
    for row in rows:
        sheet.append(row)
    sheet.cell(row=len(rows), column=2).number_format = "@"
    return _workbook_bytes(workbook)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            _json_cell_workbook("Item", ["Id", "Data"], ["a", "{bad"]),
            "Item!B2: the cell formatted as JSON text is not JSON.",
        ),
        (
            _json_cell_workbook("_charon", ["ChangeNumber", "{bad"]),
            "_charon!ChangeNumber: the cell formatted as JSON text is not JSON.",
        ),
    ],
)
def test_each_xlsx_refusal_says_which_cell(data: bytes, message: str) -> None:
    with pytest.raises(FormatError) as refused:
        formats.decode_gamedata(data, formats.XLSX)
    assert str(refused.value) == message
