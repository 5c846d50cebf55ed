"""Patterns and word tables that several modules of the package read (list separators, level words, brackets ...)."""

from __future__ import annotations

import re

from phoihop.extract import lexicon
from phoihop.extract.agencies.name_grammar import LEVEL
from phoihop.text import WS as _WS

# Party committee words that take a place but no level word ("Huyện ủy Đakrông"), with the level they serve;
# "Đảng ủy" takes the level word too ("Đảng ủy xã Ia Nan").
_COMMITTEE_LEVEL = {
    "huyện ủy": "huyện",
    "thành ủy": "thành phố",
    "quận ủy": "quận",
    "thị ủy": "thị xã",
    "tỉnh ủy": "tỉnh",
    "phường ủy": "phường",
}


# A unit's number at the end of its name ("Tiểu đoàn 1", "Đồn Biên phòng 627"), and more numbers listed after it
# ("Tiểu đoàn 1, 2, 3", "Đồn Biên phòng 627, 629 và 631"): each names a unit of the same head. (No number that a date,
# a symbol or a decimal goes on from: "1/2", "2.5", "2-3".)
_NUMBERED_END = re.compile(r"(?<=\s)\d{1,4}$")


# a bracket opened after a name, and the one that closes its other name ("Đồn Biên phòng Chi Ma (Đồn Biên phòng 41)")
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_CLOSE_BRACKET = re.compile(r"\s*\)")
# "tại Hội trường Tỉnh ủy", "tại Nhà Quốc hội": the body names a place here, not an actor.
_LOCATION_BEFORE = re.compile(
    r"(?<![\w])(?:(?:tại|ở)\s+(?:(?:hội\s+trường|trụ\s+sở|cơ\s+quan|khuôn\s+viên|nhà)\s+)?|"
    r"(?<![\w])(?:hội\s+trường|trụ\s+sở|phòng\s+họp)\s+)$",
    re.IGNORECASE,
)
_BARE_LEVEL = re.compile(LEVEL, re.IGNORECASE)
# ("các cấp Hội phụ nữ": the association at every level)
_GENERIC_BEFORE = re.compile(r"(?<![\w])(?:(?i:các(?:\s+cấp)?|những|nhiều|từng|mỗi)|Luật|luật)\s+$")
# Bodies that are only a specific agency with a level or place ("Công an tỉnh"; bare "Công an" is the force); a police
# department named by its police service or code ("Phòng Cảnh sát PCCC", "Phòng PV28") is the provincial force's (one
# named by its security field needs the force after it: a bare "Phòng An ninh Kinh tế" refers back to the departments
# of several forces the page named).
_NEEDS_LEVEL = re.compile(
    r"^(?:Phòng\s+(?!(?:Cảnh\s+sát|P[A-Z]\d{2})(?![\w])).+|BCH\s+.+|Công\s+an|Thanh\s+tra|Ủy\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND|"
    r"Bộ\s+Chỉ\s+huy|Ban\s+Chỉ\s+huy|Bộ\s+CHQS|Ban\s+CHQS|BCHQS|Bộ\s+đội\s+Biên\s+phòng|BĐBP|"
    r"Tòa\s+án|TAND|Viện\s+Kiểm\s+sát|VKSND|Viện\s+KSND|Viện\s+KS|VKS|Trường\s+Chính\s+trị|Đoàn\s+Đại\s+biểu|"
    r"Kho\s+bạc\s+Nhà\s+nước|Tỉnh\s+đội|Quân\s+sự|Biên\s+phòng|Bộ\s+Chỉ\s+huy\s+Quân\s+sự|Bộ\s+Chỉ\s+huy\s+Bộ\s+đội\s+Biên\s+phòng|"
    r"Ban\s+Chỉ\s+huy\s+Quân\s+sự|Tòa\s+án\s+nhân\s+dân|Viện\s+Kiểm\s+sát\s+nhân\s+dân|"
    r"(?:Chi\s+cục\s+)?(?:Thi\s+hành\s+án(?:\s+dân\s+sự)?|THADS)|Hạt\s+Kiểm\s+lâm|Hải\s+quan|"
    # (the police's fire service named as a service: "Lực lượng Cảnh sát PCCC sẽ tổ chức ...")
    r"Cảnh\s+sát\s+(?:PCCC|PC\s*&\s*CC|phòng\s+cháy,?\s+chữa\s+cháy)(?:\s*(?:và|&)\s*(?:CNCH|cứu\s+nạn,?\s+cứu\s+hộ))?)",
    re.IGNORECASE,
)
_COMMITTEE_WORD = re.compile(r"(Đảng|Huyện|Thành|Quận|Thị|Tỉnh)\s+ủy")
# A group named by its kind, counted or plural ("4 tổ chức chính trị - xã hội", "các hội", "10 cơ quan, tổ chức"), and
# what opens the list of its members after it ("(", "gồm:", "là", ":"): the relations read a body and the members as
# one list, the agencies give the members the group's level
GROUP_COUNT = rf"(?:{lexicon.COUNT_RX}|các)"
GROUP_KIND_WORDS = r"\s+(?-i:[a-zà-ỹđ]+)(?:(?:\s*[-,]\s*|\s+)(?-i:[a-zà-ỹđ]+)){0,7}?"
GROUP_OF_KIND = GROUP_COUNT + GROUP_KIND_WORDS
# The characters a match of GROUP_COUNT opens with, in either case: a digit, or the first letter of a count word or of
# "các" (under IGNORECASE the long s, U+017F, is an "s"), as a class matched case-sensitively, which lets a scan skip to them in C
GROUP_COUNT_FIRST_CHARACTERS = r"[\dbBcChHmMnNsS\u017ftT]"
GROUP_MEMBERS_OPENER = r"(?:\(|(?:bao\s+)?gồm\s*:?|là\s*:?|:)"
_PLACED_TAIL = re.compile(
    rf"(?<![\w])(?P<lvl>xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh|đặc khu)\s+"
    rf"(?P<place>(?:{lexicon.UPPER_CLASS}|\d)[^,;]*)$"
)


# A place's number after its name ("phường Đông Hải 2", "xã Tân Lập 1"): not a count of something after it
_PLACE_NUMBER_AFTER = re.compile(
    r"[ ](\d{1,2})(?![\w/]|[.,:]\d|\s+(?:năm|tháng|ngày|người|đơn\s+vị|xã|phường|cơ\s+quan)(?![\w]))"
)


_COUNT_WORDS = lexicon.COUNT_WORD_VALUES


_CAP_WORD_START = re.compile(rf"(?<![\w])(?-i:{lexicon.UPPER_CLASS})")


_ITEM_GAP = re.compile(r"\s*(?:\([^()\n]{0,40}\))?\s*(?:,|;|và|cùng|,\s*và)\s*")


# The cities run by the centre: "thành phố X" there is the province-level body, elsewhere a city of the province;
# they take "thành phố" where a list says "tỉnh, thành phố".
_CENTRAL_CITIES = {"hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế"}
# (a district or ward of a city may be named by its number after its level word: "quận Hồng Bàng và quận 1")
_ITEM = re.compile(
    rf"(?:(?P<tp>(?:TP|Tp)\.?\s*|[Tt]hành\s+phố\s+)|(?P<lvl>thị\s+xã|thị\s+trấn|huyện|quận|xã|phường|(?:Quận|Phường)(?=\s+\d))\s+)?"
    rf"(?P<words>{lexicon.CAP_SYL}(?:(?:[ ]+|\s*-\s*){lexicon.CAP_SYL}){{0,4}}"
    r"|(?:(?<=[qQ]uận\s)|(?<=[pP]hường\s))\d{1,2}(?![\w/.,-]\w))"
)
# "Công an 3 địa phương A, B và C": a count of localities of whatever level (each named without a level word).
# (and "5 hạt kiểm lâm khu vực A, B, ...": the areas of 2025 named after a place, each "khu vực A")
_ONE_LEVEL = r"(?:tỉnh\s*,\s*thành(?:\s+phố)?|tỉnh\s+thành(?:\s+phố)?|tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu|địa\s+phương|khu\s+vực)"
_OWN_LEVEL = re.compile(rf"(?P<lvl>{LEVEL})\s*", re.IGNORECASE)


# A border or police post is named after its border gate or industrial zone, written before the place in a
# list of posts ("4 đồn Biên phòng: A, cửa khẩu B, C"): the descriptor belongs to the item's name.
_GATE_ITEM = re.compile(
    r"(?:[Cc]ửa\s+khẩu(?:\s+[Qq]uốc\s+tế)?|CKQT|CK|[Kk]hu\s+công\s+nghiệp|KCN)\s+(?=(?-i:" + lexicon.UPPER_CLASS + "))"
)


# The tiers of level words: a list's places of one tier share its head ("Đảng ủy các xã A, B và thị trấn C")
_TIERS = (
    frozenset({"tỉnh", "thành phố", "tp", "tp."}),
    frozenset({"huyện", "quận", "thị xã", "thành phố", "tp", "tp."}),
    frozenset({"xã", "phường", "thị trấn"}),
)


def same_tier(level: str, other: str) -> bool:
    """Whether two level words name units of one tier (a city may be of the provinces' tier or of the districts')."""
    a, b = _WS.sub(" ", level).lower(), _WS.sub(" ", other).lower()
    return any(a in tier and b in tier for tier in _TIERS)


# A police department's head ("Phòng Cảnh sát kinh tế", "Phòng PC03"): named with the police it belongs to
POLICE_DEPARTMENT = re.compile(r"Phòng\s", re.IGNORECASE)
