"""Patterns and windows that several stages of the signing grammar read."""

from __future__ import annotations

import re

from phoihop.extract import lexicon
from phoihop.extract.agencies import AgencyMention

# The verbs of an act held rather than done ("tổ chức ký kết", "tiến hành ký kết", "được tổ chức ký kết"): the
# signing all the same
_HOLDS = r"(?:tổ\s+chức|tiến\s+hành)"


# The kinds the sides of an act are named by: "hai bên", "2 đơn vị", "hai ngành"; the kind of body both are ("hai
# Hội", "hai nhà trường", "hai đồn", "hai Đảng ủy", "hai lữ đoàn"); the places they stand for ("hai tỉnh", "hai
# thành phố" after "Ban Thường vụ Thành ủy TPHCM và Ban Thường vụ Thành ủy Hà Nội tổ chức hội nghị")
SIDE_KINDS = (
    r"(?:bên|cơ\s+quan|đơn\s+vị|ngành|lực\s+lượng|bộ|sở|tỉnh|thành\s+phố|huyện|quận|thị\s+xã|"
    r"địa\s+phương|tổ\s+chức|hội|(?:nhà\s+)?trường|học\s+viện|đồn|đảng\s+ủy|đảng\s+bộ|xã|phường|"
    r"(?:lữ|trung|sư|hải|tiểu)\s+đoàn|báo|đài)(?![\w])"
)
TWO_SIDES = rf"(?:hai|2)\s+{SIDE_KINDS}"
# "3 đơn vị", "04 cơ quan", "ba bên": the sides of an act named by any count and their kind
COUNTED_SIDES = rf"(?P<n>{lexicon.COUNT_RX})\s+{SIDE_KINDS}"
# "giữa hai Hội", "giữa 2 đơn vị": the two sides named as the partners of an act
_BETWEEN_BOTH_SIDES = re.compile(rf"(?<![\w])giữa\s+{TWO_SIDES}", re.IGNORECASE)


def sides(counts: str) -> str:
    """The sides of an act named by their count and kind ("hai bên", "đại diện lãnh đạo 2 đơn vị"), for ``counts``
    an alternation of count words ("hai|2")."""
    return rf"(?:(?:đại\s+diện|lãnh\s+đạo)\s+)*(?:{counts})\s+{SIDE_KINDS}"


# "A và lãnh đạo / đại diện B": the people who sign for B stand for B in the list.
_SEP_JOINT = re.compile(
    r"^\s*(?:,|và|&|cùng|cùng\s+với|,\s*và|,\s*cùng|-|vừa\s+cùng|đã\s+cùng|"
    # "A (vừa / đã chủ trì,) phối (kết) hợp (với / cùng) B tổ chức ... ký kết": the two act together
    r"(?:(?:đã|vừa)\s+)?(?:chủ\s+trì\s*,?\s*)?phối\s+(?:kết\s+)?hợp(?:\s+(?:với|cùng))?)"
    # ("A và các Đài PT-TH Quảng Nam, Quảng Trị": a plural head spread over the next members)
    r"(?:\s+(?:lãnh\s+đạo|đại\s+diện|các))?\s*$",
    re.IGNORECASE,
)
# ("A và các tổ chức thành viên với B đã ký kết": A's unnamed members sign at its side)
_SEP_WITH = re.compile(
    rf"^\s*(?:,?\s*(?:và|cùng)\s+(?:các|những)(?:\s+{lexicon.LOW_SYL}|\s*[-–]\s*{lexicon.LOW_SYL}){{1,6}}\s+)?với\s*$",
    re.IGNORECASE,
)
# A list has one "và", before its last item: a bare comma after that item ends the list.
_LAST_AND = re.compile(r"^\s*,?\s*và\s*$", re.IGNORECASE)
_COMMA_ONLY = re.compile(r"^\s*,\s*$")
_BETWEEN = re.compile(r"(?<![\w])giữa(?![\w])", re.IGNORECASE)  # (an all-caps headline prints "GIỮA")


# Schools, hospitals, firms and residents' boards are partners but no bodies of the facts format: a
# signing with them keeps its one named party.
_NON_AGENCY_PARTNER = re.compile(
    # (round s35: any centre, a public service unit, that the grammar reads as no body: "với Trung tâm Giáo dục nghề
    # nghiệp huyện X", "Trung tâm Y tế"; the state's centres it reads as bodies, "Trung tâm Dịch vụ việc làm tỉnh",
    # are found as bodies first)
    r"(?:Trường|Bệnh\s+viện|Trung\s+tâm|Bưu\s+điện|Điện\s+lực|Viễn\s+thông|Công\s+ty|Tổng\s+công\s+ty|"
    r"Tập\s+đoàn|Ngân\s+hàng|"
    # (round s36) a joint venture, and a power company's units named by their trade without "Công ty": "Liên doanh
    # Việt - Nga Vietsovpetro", "Truyền tải điện Nghệ An" (a unit of a transmission company), "Thủy điện Hòa Bình"
    r"Liên\s+doanh|Truyền\s+tải\s+điện|(?:Thủy|Nhiệt)\s+điện|"
    # (round s35) a firm's branch or office, named before the firm: "với Chi nhánh Ngân hàng Nông nghiệp và Phát
    # triển nông thôn tỉnh X" (a branch of the state's banks is read as a body first and is no partner of this kind)
    r"(?:Chi\s+nhánh|Phòng\s+giao\s+dịch)\s+(?:Ngân\s+hàng|Công\s+ty|Tổng\s+công\s+ty|Tập\s+đoàn|Bưu\s+điện)|"
    r"Doanh\s+nghiệp|Hợp\s+tác\s+xã|(?-i:HTX)|Ban\s+[Đđ]iều\s+hành|"
    # the units of a state enterprise: works, farms, forestry farms, factories
    r"Xí\s+nghiệp|Nông\s+trường|Lâm\s+trường|Nhà\s+máy|"
    # trade associations, funds, foreign and non-governmental organisations, academies and research institutes
    # (a procuracy is a body: "Viện Kiểm sát")
    r"Hiệp\s+hội|Quỹ|Tổ\s+chức|Câu\s+lạc\s+bộ|Học\s+viện|Đại\s+học|Viện(?!\s+(?:[Kk]iểm\s+sát|KS))|"
    # churches, dioceses, parishes, pagodas and the boards of the other faiths (the Buddhist Sangha, a member of the
    # Front, is read as a body: agency_heads.tsv)
    r"Hội\s+[Tt]hánh|Tòa\s+[Gg]iám\s+mục|Giáo\s+(?:phận|xứ|họ)|Chùa|Nhà\s+thờ|Thánh\s+thất|Hội\s+đồng\s+[Tt]rị\s+sự|"
    r"Ban\s+[Đđ]ại\s+diện\s+(?:[Hh]ội\s+[Tt]hánh\s+)?Cao\s+Đài|"
    # museums, libraries, children's houses and a school's pioneer brigade (round s31: "kết nghĩa với Liên đội Trường THCS
    # X", "với Bảo tàng tỉnh", "với Nhà Thiếu nhi tỉnh")
    r"Bảo\s+tàng|Thư\s+viện|Nhà\s+[Tt]hiếu\s+nhi|Nhà\s+[Vv]ăn\s+hóa|Cung\s+[Vv]ăn\s+hóa|Liên\s+đội|"
    # firms by their brands, in Latin letters (round s31: "Agribank Chi nhánh tỉnh X", "VNPT Lào Cai", "Viettel X")
    r"(?-i:Agribank|Vietcombank|VietinBank|Vietinbank|BIDV|Sacombank|Techcombank|MB|VPBank|LienVietPostBank|"
    r"Viettel|VNPT|MobiFone|Vinaphone|EVN[A-Z]*|Petrolimex|PVN|PV\s+[A-Z][a-zA-Z]+|Vinamilk|Vingroup|FPT))(?![\w])"
)
# A firm named by a brand in Latin letters, which no body of the political system is ("Vietnam Airlines", "Sun Group",
# "NutiFood", "EVN HANOI"): two words without Vietnamese letters, or one written in capitals or with a capital inside
# (a Vietnamese word without marks, "Ban", "Nam", opens no brand alone)
# a single word that no Vietnamese syllable spells: eight letters or more ("Agribank", "Vietcombank"; the longest
# syllable, "nghiêng", has seven), or an ending no syllable has ("Viettel"; a syllable ends in a vowel, c, ch, m, n,
# ng, nh, p or t; short names of the highlands do end so, "Ea Kar", "Đắk Mil", hence five letters at least)
# (the one-word brands with a lower-case letter, which no short form of a body spells either: "Vietsovpetro")
_ONE_WORD_BRAND = r"(?-i:[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]{7,}|[A-Z][a-z]{3,}[bdfjklqrsvwxz])(?![\w])"
_BRAND_NAME = re.compile(rf"(?-i:[A-Z][A-Za-z]*\s+[A-Z][A-Za-z]*(?![\w])|{_ONE_WORD_BRAND}|[A-Z]{{2,}}(?![\w]))")
# a firm by such a brand alone as the subject of a signing verb ("Vietsovpetro ký kết quy chế ... với A")
BRAND_SUBJECT = re.compile(rf"(?<![\w]){_ONE_WORD_BRAND}\s+(?:(?:đã|vừa|cũng|chính\s+thức)\s+)*$")
_REVIEWS = re.compile(
    r"(?<![\w])(?:tổng\s+kết|sơ\s+kết|đánh\s+giá|thực\s+hiện|triển\s+khai|kết\s+quả)(?![\w])", re.IGNORECASE
)
_WITH_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?với(?![\w])", re.IGNORECASE)
# ("Cụm gồm 4 đơn vị: A, B, ...": the bloc named again by its bare head)
_BLOC = re.compile(r"(?<![\w])(?:Khối|Cụm)(?![\w])")
_GROUP_LEAD_STOP = re.compile(r"[.;:\n]")
_KIND_WORD = re.compile(r"[^\W\d_]+")

# --- the signed document ---------------------------------------------------------------------------------
# the kinds of document a signing verb signs
_SIGNED_KINDS = r"chương\s+trình|kế\s+hoạch|quy\s+chế|giao\s+ước|thỏa\s+thuận|nghị\s+quyết|quy\s+định"


# "Sáng 5/3, Chương trình phối hợp được ký kết giữa A và B": a document that opens the sentence after its day (and
# place) is the subject of the day's act, not a document told by its past signing ("Trên cơ sở Quy chế ... được ký kết
# giữa ...", "Quy chế ... được ký kết giữa A và B đã phát huy hiệu quả" keep their relative reading)
# An outlet's dateline opening a report before a dash (the outlet reports, or the place it reports from; the
# sentence's own opening follows it): its code, in brackets or not ("(BST) - ", "BHG - "), its online edition's name
# ("QĐND Online - ", "Báo Gia Lai điện tử - "), or the place in capitals ("QUẢNG NGÃI - Ngày 5/11, ...", "TP HỒ CHÍ MINH
# - "); a republisher's and the source's in turn ("QĐND Online - (Báo Quảng Ngãi)- ")
_OUTLET_CODE = lexicon.OUTLET_CODE
_ONLINE_EDITION = r"[^\W\d_][^\n()\-–.,;:]{1,40}?\s(?i:online|điện\s+tử)"
_PLACE_IN_CAPITALS = rf"(?-i:{lexicon.UPPER_CLASS}{{2,}}(?:[ ]{lexicon.UPPER_CLASS}{{2,}}){{0,3}})"
_BRACKETED_OUTLET = r"\((?:[^\W\d_][^\n()]{1,40})\)"
OUTLET_CODE_OPENING = re.compile(
    rf"(?:\s*(?:{_BRACKETED_OUTLET}|{_ONLINE_EDITION}|{_OUTLET_CODE}|{_PLACE_IN_CAPITALS})\s*[-–]\s*){{1,2}}"
)
_DATED_OPENER = re.compile(
    rf"(?:{OUTLET_CODE_OPENING.pattern})?"
    r"\s*(?:vào\s+)?(?:sáng|chiều|tối|trưa|ngày|hôm)\s(?=[^,;:\n]*\d)[^,;:\n]{1,40},\s*(?:tại\s[^,;:\n]{1,80},\s*)?",
    re.IGNORECASE,
)


# the verbs that carry out a document or an instruction ("thực hiện Nghị quyết ...", "căn cứ Chỉ thị ...")
_CARRYING_OUT = r"triển\s+khai|thực\s+hiện|cụ\s+thể\s+hóa|theo|căn\s+cứ"
_COMMA_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?,")
_WITH_BEFORE = re.compile(r"(?<![\w])với\s+(?:các\s+)?$", re.IGNORECASE)


# "5 đơn vị ký quy chế phối hợp với A, bao gồm B, C ...": a counted subject of a kind, its members listed after
# the partner; the count closes the clause before the verb.
_COUNTED_SUBJECT = re.compile(
    rf"(?<![\w]){lexicon.COUNT_RX}\s+(?:đơn\s+vị|cơ\s+quan|lực\s+lượng|ngành|bên)"
    r"(?:\s+[^\W\d_]+){0,4}?\s+(?:(?:đã|cùng|vừa|cũng)\s+)*$",
    re.IGNORECASE,
)
_MEMBERS_AFTER_PARTNER = re.compile(r"\s*,?\s*(?:bao\s+)?gồm\s*:?\s*", re.IGNORECASE)


# "Công ty 72 thuộc Binh đoàn 15 và Công an huyện X ký kết": a body right after "(trực) thuộc" that opens the subject
# only places the unit before it, which is no body of the facts (a firm, an unnamed unit): the parent does not sign.
_BELONGS_TO_BEFORE = re.compile(r"(?<![\w])(?:trực\s+)?thuộc\s+$", re.IGNORECASE)
BELONGS_TO_WINDOW = 15


def parent_of_the_unit_before(text: str, floor: int, body: AgencyMention) -> bool:
    """Whether ``body`` (a mention) follows "thuộc" right before it, no earlier than ``floor``."""
    return _BELONGS_TO_BEFORE.search(text, max(floor, body.start - BELONGS_TO_WINDOW), body.start) is not None
