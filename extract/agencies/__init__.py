"""Agencies of the Party, State, armed forces, police and Front, by grammar.

An agency name is ``[unit ...] core [attachment]``:

* unit: a sub-body (Ban Dân vận, Ban Thường trực, Văn phòng, Ban cán sự Đảng, Đảng ủy ...), and
  before a mass organisation the central marker "Trung ương" ("Trung ương Hội Nông dân Việt Nam");
* core: a body (Công an, Ủy ban nhân dân, Hội Nông dân, Sở Tư pháp ...), a committee
  word (Tỉnh ủy, Huyện ủy ...), a named body (Báo Ấp Bắc, Đồn Biên phòng Lò Gò) or a
  complete name (Bộ Chính trị, Quân khu 7);
* attachment: a committee word, or a level word (tỉnh, huyện, xã, đặc khu, Trung ương ...) with an
  optional place name (a province, or one to three capitalised syllables on the same line that are
  not a person's name), or a province name.  Central bodies ("Bộ Tư lệnh Cảnh sát biển", "Quân khu 4")
  are complete names and never take a level word.

Lists that share a level ("Công an, Bộ Chỉ huy Quân sự và Bộ Chỉ huy Bộ đội Biên phòng
tỉnh") or a head ("Công an các quận 3, 4, 5") are spread over their members.

The package, lowest first (a module imports only those above it in this list): ``mention`` (the mention record),
``name_grammar`` (the name grammar and head table), ``canonical`` (canonical names, merge keys), ``head_scan``
(where heads start), ``place_items`` (places listed after a head), ``place_lists`` (a head spread over its
places), ``shared_levels`` (a level or place shared by a list of bodies), ``committees`` (Party committees and
their organs in lists), ``item_lists`` (numbered units, named items, counted branches), ``backrefs`` (later
references to bodies named before), ``places`` (a mention's place completed or checked), ``corrections`` (names
dropped, kept or completed after the read) and ``scan`` (``find_agencies``, which runs them all).
"""

from __future__ import annotations

from phoihop.extract.agencies.canonical import (
    YOUTH_UNION_OF_LEVEL,
    canonical_name,
    has_level,
    merge_key,
    spell_command_abbreviation,
    spell_level_initials,
)
from phoihop.extract.agencies.mention import AgencyMention, text_without_bodies
from phoihop.extract.agencies.name_grammar import LEVEL, LEVEL_WORDS, grammar
from phoihop.extract.agencies.places import gazetteer_place_end
from phoihop.extract.agencies.scan import find_agencies

__all__ = [
    "LEVEL",
    "LEVEL_WORDS",
    "YOUTH_UNION_OF_LEVEL",
    "AgencyMention",
    "canonical_name",
    "find_agencies",
    "gazetteer_place_end",
    "grammar",
    "has_level",
    "merge_key",
    "spell_command_abbreviation",
    "spell_level_initials",
    "text_without_bodies",
]
