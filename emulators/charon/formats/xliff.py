"""XLIFF 1.2 and 2.0: the localized texts of a game-data document, for translators.

Emulator decisions (the vendor names the formats, not its layout):
- one ``<file>`` per collection (``original`` = the collection name), one unit per localized text of a root
  document or of a document embedded in it: ``resname`` (1.2) / ``name`` (2.0) is the JSON pointer
  ``/<document Id>/<pointer inside the document>`` (``/Sword/Title``, ``/Sword/Parts/0/Name``); unit ids
  are sequential (``u1``...) because XLIFF 2.0 ids are NMTOKENs, which a pointer is not;
- ``<source>`` is the text in the source language, ``<target>`` the one in the target language (absent
  when there is none yet);
- reading gives ``{"Collections": {name: [{"Id": id, property: {target language: target text}}]}}``: the
  translated values only, for an import that merges them into the documents (document ids come back as
  text: the importer matches them against the stored ids). Texts of embedded documents come back nested
  at their pointer; an index segment makes a list, its untranslated items ``{}``
  (``{"Parts": [{}, {"Name": {"fr-FR": "Garde"}}]}``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from emulators.charon.formats.errors import FormatError

NS1 = "urn:oasis:names:tc:xliff:document:1.2"
NS2 = "urn:oasis:names:tc:xliff:document:2.0"


def pointer(*segments: object) -> str:
    return "".join("/" + str(s).replace("~", "~0").replace("/", "~1") for s in segments)


def split_pointer(text: str) -> list[str]:
    if not text.startswith("/"):
        raise FormatError(f"{text!r} is not a JSON pointer.")
    return [s.replace("~1", "/").replace("~0", "~") for s in text[1:].split("/")]


def texts_at(value: Any, path: list[str], where: list[str]) -> Iterator[tuple[list[str], Mapping[str, Any]]]:
    """(pointer segments, texts) of the localized texts at ``path`` (``*`` = every item of a list)."""
    if not path:
        if isinstance(value, Mapping):
            yield where, value
        return
    step, rest = path[0], path[1:]
    if step == "*":
        for index, item in enumerate(value if isinstance(value, list) else []):
            yield from texts_at(item, rest, [*where, str(index)])
    elif isinstance(value, Mapping) and step in value:
        yield from texts_at(value[step], rest, [*where, step])


def _placed(entry: dict[str, Any], segments: list[str], texts: dict[str, str]) -> None:
    """``texts`` put at ``segments`` inside ``entry``, making objects and (for index segments) lists."""
    holder: Any = entry
    for step, following in zip(segments, [*segments[1:], None], strict=True):
        if isinstance(holder, list):
            index = int(step)
            holder.extend({} for _ in range(index + 1 - len(holder)))
            key: Any = index
        else:
            key = step
        if following is None:
            holder[key] = texts
            return
        if not isinstance(holder[key] if isinstance(holder, list) else holder.get(key), list | dict):
            holder[key] = [] if following.isdigit() else {}
        holder = holder[key]


def encode(
    gamedata: Mapping[str, Any],
    *,
    version: int,
    localized: Mapping[str, Iterable[str]],
    source_language: str,
    target_language: str,
) -> bytes:
    ns = NS2 if version == 2 else NS1
    root = ET.Element(f"{{{ns}}}xliff", {"version": "2.0" if version == 2 else "1.2"})
    if version == 2:
        root.set("srcLang", source_language)
        root.set("trgLang", target_language)
    unit_number = 0
    for file_number, (name, documents) in enumerate((gamedata.get("Collections") or {}).items(), 1):
        properties = list(localized.get(name, ()))
        if not properties:
            continue
        if version == 2:
            file = ET.SubElement(root, f"{{{ns}}}file", {"id": f"f{file_number}", "original": name})
            container = file
        else:
            file = ET.SubElement(
                root,
                f"{{{ns}}}file",
                {
                    "original": name,
                    "source-language": source_language,
                    "target-language": target_language,
                    "datatype": "plaintext",
                },
            )
            container = ET.SubElement(file, f"{{{ns}}}body")
        paths = [p.split("/") for p in properties]
        for document in documents:
            for segments, texts in (found for path in paths for found in texts_at(document, path, [])):
                unit_number += 1
                where = pointer(document.get("Id"), *segments)
                source, target = texts.get(source_language), texts.get(target_language)
                if version == 2:
                    unit = ET.SubElement(container, f"{{{ns}}}unit", {"id": f"u{unit_number}", "name": where})
                    holder = ET.SubElement(unit, f"{{{ns}}}segment")
                else:
                    attributes = {"id": f"u{unit_number}", "resname": where}
                    holder = ET.SubElement(container, f"{{{ns}}}trans-unit", attributes)
                ET.SubElement(holder, f"{{{ns}}}source").text = str(source or "")
                if isinstance(target, str) and target_language != source_language:
                    ET.SubElement(holder, f"{{{ns}}}target").text = target
    ET.register_namespace("", ns)
    body: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return body


def decode(data: bytes) -> dict[str, Any]:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise FormatError(f"The body is not well-formed XML: {error}.") from None
    if root.tag == f"{{{NS2}}}xliff":
        ns, target_language = NS2, root.get("trgLang")
    elif root.tag == f"{{{NS1}}}xliff":
        ns, target_language = NS1, None
    else:
        raise FormatError("The body is not an XLIFF 1.2 or 2.0 document.")
    collections: dict[str, list[dict[str, Any]]] = {}
    for file in root.findall(f"{{{ns}}}file"):
        name = file.get("original")
        if not name:
            raise FormatError("Every <file> needs the collection name in its 'original' attribute.")
        language = target_language if ns == NS2 else file.get("target-language")
        if not language:
            raise FormatError(f"The file {name!r} does not say its target language.")
        documents: dict[str, dict[str, Any]] = {}
        units = file.iter(f"{{{ns}}}unit") if ns == NS2 else file.iter(f"{{{ns}}}trans-unit")
        for unit in units:
            where = unit.get("name" if ns == NS2 else "resname") or ""
            target = unit.find(f".//{{{ns}}}target")
            if target is None:
                continue
            segments = split_pointer(where)
            if len(segments) < 2 or segments[1].isdigit():
                raise FormatError(f"{where!r} is not a pointer /<document id>/<property>[/...].")
            doc_id, inside = segments[0], segments[1:]
            entry = documents.setdefault(doc_id, {"Id": doc_id})
            try:
                _placed(entry, inside, {language: "".join(target.itertext())})
            except (TypeError, ValueError):
                raise FormatError(f"{where!r} points both at a text and inside it.") from None
        collections.setdefault(name, []).extend(documents.values())
    return {"Collections": collections}
