"""Relations between mentions: who issued a document, and which signings the article reports.

Signing grammar (facts-format.md): "với" pairs one party with each of the others
("A ký kết ... với B, C và D"; "giữa A với B và C"); parties listed without "với"
sign jointly ("A, B và C ký kết"; "A cùng B ..."; "giữa A, B và C").

A sentence is read in stages: its signing verbs (``_signing_verbs``), then per verb clause the
subject (``_clause_subject``), the parties (``_between_parties`` / ``_with_parties``), the period
(``_clause_period``) and the signed document (``_signed_document``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from phoihop.extract import lexicon
from phoihop.extract.agencies import AgencyMention, canonical_name
from phoihop.extract.dates import DateMention, PeriodMention, in_anniversary_clause, span_dates
from phoihop.extract.documents import DocMention
from phoihop.text import WS, bare_letters
from phoihop.text import skip_spaces as _skip_spaces
from phoihop.text import unique as _unique

# --- windows (characters) -------------------------------------------------------------------------------
RELATIVE_WINDOW = 80  # before a verb: "chương trình phối hợp (số X) đã được" makes it a relative clause
OBJECT_RELATIVE_WINDOW = 140  # before a verb: "thực hiện <document> ... đã"
PLANNED_WINDOW = 40  # before a verb: "sẽ / dự kiến / tiến tới"
ANAPHOR_WINDOW = 40  # before a verb: a bare head ("Ban", "Sở") standing for a body named earlier
PLURAL_SUBJECT_WINDOW = 60  # before a verb: "các hạt kiểm lâm vùng giáp ranh đã tiến hành" (bodies named earlier)
ALSO_WINDOW = 12  # before a verb: "cũng (đã)" tells a second act apart
PASSIVE_WINDOW = 50  # before a verb: "(đã) được (hai bên tổ chức)" (the period may lead the sentence)
RECENT_WINDOW = 40  # before a verb: "vừa" (a recent act the article does not date)
PLAN_TERM_WINDOW = 80  # before a period: how far back a master plan's or a strategy's name may start
UNITS_OF_WINDOW = 50  # before a partner: "các đội nghiệp vụ" (unnamed units the body after them owns)
SUBJECT_GAP_MAX = 160  # longest predicate between a subject and its signing verb
OBJECT_DOC_MAX = 80  # longest gap between a verb and the document it signs
OBJECT_DOC_LOOKAHEAD = 3  # how many documents after a verb may be its object
UNTIL_WINDOW = 14  # before a year: "đến (hết)"
HORIZON_WINDOW = 30  # before a year: "tầm nhìn / định hướng / mục tiêu (đến)"
OPEN_PERIOD_MAX_YEARS = 30  # "đến năm Y" bounds a signing only up to this many years ahead
TITLE_TAIL_WINDOW = 30  # before a body: "Chủ tịch / Bí thư / Trưởng ban" ends a person's title
PRESIDED_WINDOW = 120  # before the first body of a subject: "dưới sự chủ trì của", "Căn cứ Chỉ thị … của" set it apart

# --- the signing verb and the lists of parties -------------------------------------------------------------
# A twinning ("kết nghĩa") is a signing when it is the act ("lễ kết nghĩa", "đã kết nghĩa"), not the
# relation named as a noun ("hoạt động kết nghĩa", "đơn vị kết nghĩa").
# "A kết nghĩa với B" names the act too, except as a relation kept up ("quan hệ kết nghĩa với", "đơn vị kết nghĩa với")
_TWINNING = (
    r"(?:(?:(?<=lễ )|(?<=Lễ )|(?<=chức )|(?<=đã )|(?<=vừa )|(?<=thức ))kết\s+nghĩa|"
    r"(?<!hệ )(?<!vị )(?<!tục )(?<!trì )kết\s+nghĩa(?=\s+với\s+(?-i:[A-ZĐ])))"
)
# The verbs of an act held rather than done ("tổ chức ký kết", "tiến hành ký kết", "được tổ chức ký kết"): the
# signing all the same
_HOLDS = r"(?:tổ\s+chức|tiến\s+hành)"
# A cooperation document issued by its parties together ("A và B vừa ban hành Quy chế phối hợp"): a signing, when two
# or more bodies issue it (JOINT_ISSUE_MIN_PARTIES; one body issuing its own plan signs nothing)
_JOINT_ISSUE = (
    r"(?:(?<=vừa )|(?<=cùng )|(?<=đã ))ban\s+hành(?=\s+(?:[Qq]uy\s+chế|[Cc]hương\s+trình|[Nn]ghị\s+quyết|[Kk]ế\s+hoạch)"
    r"\s+(?:phối\s+hợp|liên\s+tịch))"
)
JOINT_ISSUE_MIN_PARTIES = 2
_SIGN = re.compile(
    # the look-ahead on the first letter lets the scan skip most positions before the look-behinds run
    r"(?=[kKđĐtTbB])(?<!đăng )(?<!thư )(?<!nhật )(?<!chữ )(?<![\w])(?:[kK][ýí]\s+kết|đặt\s+bút\s+[kK][ýí]|[kK][ýí]|thống\s+nhất\s+ban\s+hành|_JOINT_|_TWIN_)(?![\w])"
    # ("ký hợp đồng": a contract of sale or service is no cooperation document; a "hợp đồng liên tịch" between
    # bodies is one)
    r"(?!\s+(?:hiệu|túc|giả|sự|ức|tên|(?:kết\s+)?hợp\s+đồng(?!\s+liên\s+tịch)))".replace("_TWIN_", _TWINNING).replace(
        "_JOINT_", _JOINT_ISSUE
    ),
    re.IGNORECASE,
)
# "A và lãnh đạo / đại diện B": the people who sign for B stand for B in the list.
_SEP_JOINT = re.compile(
    r"^\s*(?:,|và|&|cùng|cùng\s+với|,\s*và|,\s*cùng|-|vừa\s+cùng|đã\s+cùng|"
    # "A (vừa / đã chủ trì,) phối (kết) hợp (với / cùng) B tổ chức ... ký kết": the two act together
    r"(?:(?:đã|vừa)\s+)?(?:chủ\s+trì\s*,?\s*)?phối\s+(?:kết\s+)?hợp(?:\s+(?:với|cùng))?)"
    r"(?:\s+(?:lãnh\s+đạo|đại\s+diện))?\s*$",
    re.IGNORECASE,
)
# "... với Viện kiểm sát 6 tỉnh trên địa bàn Quân khu 1": a body after "địa bàn / tại / thuộc" places the
# partners; it is not one of them.
_PLACE_BEFORE = re.compile(r"(?<![\w])(?:địa\s+bàn|tại|thuộc|ở)\s+$", re.IGNORECASE)
PLACE_WINDOW = 15
REVIEWED_YEAR_WINDOW = 80  # "tổng kết tình hình an ninh trật tự vùng giáp ranh năm 2022": review word to year
PAIR_LOOKBACK = 5  # sentences searched back for the subject "hai bên" stands for (a caption or two may come between)
LIST_TAIL_MAX = 40  # after the last partner of a list: a place qualifier and the full stop at most
# between two items of a partner list: the place that locates the first, then a separator
_PLACED_ITEM_GAP = re.compile(
    r"(?:\s*,\s*(?:huyện|quận|thị\s+xã|thành\s+phố|TP\.?|tỉnh)\s*[^\W\d_][^,;.\n]{0,30}?)?"
    r"\s*(?:,|;|và|,\s*và|;\s*và)\s*",
    re.IGNORECASE,
)
_MEMBERS_INTRO = re.compile(
    r"(?<![\w])(cùng|với)\s+(?:các|những)\s+(?:đơn\s+vị|cơ\s+quan|lực\s+lượng|bên|ngành)"
    r"[^:;.]{0,40}?[\s,]*gồm\s*:",
    re.IGNORECASE,
)
_GENERIC_MEMBER_SEP = re.compile(r"^\s*(?:,|và)\s+(?:các|những)\s+([^,;.()]{1,60}),\s*(?:và\s+)?$", re.IGNORECASE)
_SEP_WITH = re.compile(r"^\s*(?:với)\s*$", re.IGNORECASE)
_SEP_COUNTED = re.compile(
    r"^\s*(?:,|và|cùng(?:\s+với)?)\s+(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+$", re.IGNORECASE
)
# A list has one "và", before its last item: a bare comma after that item ends the list.
_LAST_AND = re.compile(r"^\s*,?\s*và\s*$", re.IGNORECASE)
_COMMA_ONLY = re.compile(r"^\s*,\s*$")
_SUBJECT_FILLER = re.compile(
    r"^[\s,]*(?:(?:đã|đang|vừa|cũng|còn|cùng|sẽ|chính\s+thức|tổ\s+chức|hội\s+nghị|lễ|buổi\s+lễ|để|hai\s+đơn\s+vị|"
    r"các\s+tổ\s+chức\s+thành\s+viên|thống\s+nhất\s+nội\s+dung|và|đại\s+diện|lãnh\s+đạo|trực\s+tuyến|mở)(?![\w])[\s,]*)*$",
    re.IGNORECASE,
)
_STOP_OBJECTS = re.compile(r"(?<![\w])(?:nhằm|để|về\s+việc|trong\s+đó|theo\s+đó|qua\s+đó)(?![\w])|;", re.IGNORECASE)
_ANAPHOR = re.compile(r"(?<![\w])(Ban|Sở|Hội|Bộ Chỉ huy|Công an|Ủy ban|Đoàn)\s+(?:(?:đã|cũng|còn|vừa)\s+)*$")
_BETWEEN = re.compile(r"(?<![\w])giữa(?![\w])", re.IGNORECASE)  # (an all-caps headline prints "GIỮA")
_BARE_HEAD_BETWEEN = re.compile(
    r"\s+(Lữ\s+đoàn|Sư\s+đoàn|Trung\s+đoàn|Tiểu\s+đoàn|Hải\s+đoàn|Hải\s+đội|Đồn|Bộ\s+Chỉ\s+huy|Ban\s+Chỉ\s+huy)"
    r"\s+(?:và|với)\s+(?:phường|xã|thị\s+trấn|thôn|bản|làng|buôn|ấp|khu\s+phố|tổ\s+dân\s+phố)\s"
)
_OF_PARENT = re.compile(r"\s*của\s+", re.IGNORECASE)
_NAME_WORD = re.compile(r"([^\W\d_][\w.]*)\s*")
# "với các nội dung: ...", "với sự chứng kiến của A": "với" that brings the content or the manner, no partner
_WITH = re.compile(
    # "cùng B" after the act is "với B" ("ký kết chương trình phối hợp cùng Hội Nông dân tỉnh")
    r"(?<![\w])(?:với|cùng(?=\s+(?-i:[A-ZĐ])))(?![\w])(?!\s+(?:(?:các|những)\s+)?(?:nội\s+dung|mục\s+tiêu|mục\s+đích|chủ\s+đề|"
    r"phương\s+châm|tinh\s+thần|quyết\s+tâm|sự)(?![\w]))",
    re.IGNORECASE,
)
_PARENS = re.compile(r"\([^)]*\)")
_HEADLINE_COLON = re.compile(r"\s*:\s*$")
_BOTH_IN_GAP = re.compile(r"(?<![\w])giữa\s+hai\s+(?:đơn\s+vị|cơ\s+quan|bên|ngành|lực\s+lượng)(?![\w])", re.IGNORECASE)
# "A phối hợp với B tổ chức hội nghị sơ kết tình hình an ninh trật tự tại địa bàn giáp ranh năm 2021 và ký kết ...":
# "của", "tại", "cho", "ở" inside what the two review place or own what is reviewed, not the subject
_REVIEWED_OBJECT_IN_GAP = re.compile(r"(?<![\w])(?:sơ|tổng)\s+kết(?![\w])(?P<object>[^;:.]*)$", re.IGNORECASE)
_OBJECT_PREPOSITION = re.compile(r"(?<![\w])(?:của|tại|cho|ở)(?![\w])", re.IGNORECASE)
# A body that witnesses, attends or directs the signing ("... chứng kiến ký kết") is not a party.
_NOT_SUBJECT_GAP = re.compile(
    r"(?<![\w])(?:với|giữa|của|cho|tại|là\s+nơi|chứng\s+kiến|dự|tham\s+dự|chỉ\s+đạo|chúc\s+mừng|"
    r"phát\s+biểu)(?![\w])|[;:]",
    re.IGNORECASE,
)
# The partner slot after a party or "với": a capitalised name there is a body the grammar did not
# read (the signing is not one-party); "các xã", "Đảng ủy 7 phường", "công ty ..." leave it unnamed.
_PARTNER_SLOT = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:,|và|cùng(?:\s+với)?|với)\s+(?:\(\s*)?", re.IGNORECASE)
# ("với Ban Thường vụ Hội Nông dân 17 huyện, thị xã": a head of a few words before the count)
_GENERIC_PARTNER = re.compile(r"(?:[^\s,;.]+\s+){0,8}?(?:các|những|nhiều|hai|ba|\d+)\s", re.IGNORECASE)
_SPACES = re.compile(r"\s*")  # the slot right after "với": spaces only


# Schools, hospitals, firms and residents' boards are partners but no bodies of the facts format: a
# signing with them keeps its one named party.
_NON_AGENCY_PARTNER = re.compile(
    r"(?:Trường|Bệnh\s+viện|Trung\s+tâm\s+Y\s+tế|Bưu\s+điện|Điện\s+lực|Viễn\s+thông|Công\s+ty|Tổng\s+công\s+ty|"
    r"Tập\s+đoàn|Ngân\s+hàng|"
    r"Doanh\s+nghiệp|Hợp\s+tác\s+xã|(?-i:HTX)|Ban\s+[Đđ]iều\s+hành|"
    # the units of a state enterprise: works, farms, forestry farms, factories
    r"Xí\s+nghiệp|Nông\s+trường|Lâm\s+trường|Nhà\s+máy|"
    # trade associations, funds, foreign and non-governmental organisations, academies and research institutes
    # (a procuracy is a body: "Viện Kiểm sát")
    r"Hiệp\s+hội|Quỹ|Tổ\s+chức|Câu\s+lạc\s+bộ|Học\s+viện|Đại\s+học|Viện(?!\s+(?:[Kk]iểm\s+sát|KS)))(?![\w])"
)
# one such partner as a list item, up to the separator before the next item
NON_BODY_ITEM_MAX = 70  # longest name of a partner that is no body, as a list item
_NON_BODY_NAME = rf"[^,;.:()\n]{{1,{NON_BODY_ITEM_MAX}}}?"  # its name, up to a mark that ends it (lazily)
_NON_BODY_ITEM = re.compile(rf"{_NON_BODY_NAME}(?:\s*,\s*(?:và\s+)?|\s+và\s+)")
# A firm named by a brand in Latin letters, which no body of the political system is ("Vietnam Airlines", "Sun Group",
# "NutiFood", "EVN HANOI"): two words without Vietnamese letters, or one written in capitals or with a capital inside
# (a Vietnamese word without marks, "Ban", "Nam", opens no brand alone)
_BRAND_NAME = re.compile(
    r"(?-i:[A-Z][A-Za-z]*\s+[A-Z][A-Za-z]*(?![\w])|[A-Z][a-z]+[A-Z][A-Za-z]*(?![\w])|[A-Z]{2,}(?![\w]))"
)
# such a partner named between a subject and its verb, with the place of its branch ("A và VNPT tại địa bàn tỉnh X
# đã ký kết"; "tại" there places the firm, it does not make A the object of a venue)
_NON_BODY_PARTNER_GAP = re.compile(
    # ("A đã phối hợp với Trường THPT X tổ chức Lễ kết nghĩa": joined by the verb of working together too)
    r"\s*(?:và|cùng(?:\s+với)?|,|(?:(?:đã|vừa)\s+)?phối\s+hợp(?:\s+(?:với|cùng))?)\s+"
    rf"(?=(?:{_NON_AGENCY_PARTNER.pattern}|{_BRAND_NAME.pattern}))"
    rf"{_NON_BODY_NAME}\s+(?:(?:đã|vừa|cũng|cùng|mới|chính\s+thức)\s+)*$",
    re.IGNORECASE,
)
# such a partner first after "giữa", before the bodies ("giữa Công ty Apatit Việt Nam và Công an phường X"); not a
# brand in capitals, which may be a body's short form the grammar does not read ("giữa VOV và UBND tỉnh")
_NON_BODY_LEAD = re.compile(
    rf"\s*(?={_NON_AGENCY_PARTNER.pattern})"
    rf"{_NON_BODY_NAME}\s*(?P<sep>,|\s(?:và|với))\s+",
    re.IGNORECASE,
)
# "Hội nghị ký kết ... đã được A (cùng B) tổ chức": the agents of the passive organise and sign.
_PASSIVE_AGENT = re.compile(r"(?<![\w])(?:đã\s+)?được\s*$", re.IGNORECASE)
_ORGANISES = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:đồng\s+)?(?:tổ\s+chức|chủ\s+trì)(?![\w])", re.IGNORECASE)
# "vừa ký kết", "vừa tổ chức lễ ký kết", "Mới đây, ...": a recent act; without a date of its own it has none.
_RECENT = re.compile(r"(?<![\w])vừa(?![\w])", re.IGNORECASE)
_RECENT_SENTENCE = re.compile(r"[\s(]*(?:mới\s+đây|vừa\s+qua|gần\s+đây)(?![\w])", re.IGNORECASE)

# A line that opens in lower case goes on with the sentence a line break cut.
_LOWER_CONTINUATION = re.compile(r"[ \t]*\n[ \t]*(?=[a-zà-ỹđ])")
_LINE_END = re.compile(r"\n|[.!?](?:\s|$)")
# "Chương trình liên tịch được thực hiện trong giai đoạn 2012 - 2015", "Quy chế phối hợp có 4 chương 10 điều,
# xác định ... giai đoạn 2022-2025": a sentence about the signed document, with its term.
_PROGRAMME_OPENING = re.compile(
    r"\s*(?:(?:Theo\s+đó|Theo\s+nội\s+dung\s+(?:đã\s+)?ký(?:\s+kết)?),?\s+)?"
    # ("Thời gian thực hiện chương trình từ năm 2024 đến năm 2029": the term named as such)
    r"(?:Thời\s+(?:gian|hạn)\s+thực\s+hiện(?:\s+(?:của\s+)?(?:chương\s+trình|quy\s+chế|kế\s+hoạch))?|"
    r"Chương\s+trình|Quy\s+chế|Kế\s+hoạch|Thỏa\s+thuận|Văn\s+bản)"
    r"(?:\s+(?:phối\s+hợp|liên\s+tịch|công\s+tác|này|hợp\s+tác))*(?![\w])",
    re.IGNORECASE,
)

# "Theo đó, trong giai đoạn 2024-2029, hai bên ...", "Theo quy chế, giai đoạn ...": a sentence that tells what
# the signed document says opens with its term
_CONTENT_OPENING = re.compile(
    r"\s*Theo\s+(?:đó|nội\s+dung(?:\s+[^\W\d_]+){0,3}?|(?:chương\s+trình|quy\s+chế|kế\s+hoạch|thỏa\s+thuận)"
    r"(?:\s+(?:phối\s+hợp|liên\s+tịch|này|đã\s+ký(?:\s+kết)?))*)\s*,\s*(?:(?:trong|tại)\s+)?",
    re.IGNORECASE,
)

# "Theo đó, hai đơn vị sẽ phối hợp xây dựng ... giai đoạn 2022-2026": what the two sides will do under the signed
# document, with its term anywhere in the sentence
_SIDES_WILL = re.compile(
    r"\s*Theo\s+(?:đó|nội\s+dung(?:\s+[^\W\d_]+){0,3}?|chương\s+trình|quy\s+chế|kế\s+hoạch|thỏa\s+thuận)\s*,\s*"
    r"(?:hai\s+(?:đơn\s+vị|bên|ngành|cơ\s+quan|lực\s+lượng)|các\s+bên)\s+(?:sẽ|cùng)\s",
    re.IGNORECASE,
)

# "... chương trình phối hợp công tác Tuyên giáo – Dân vận giai đoạn": a programme's name that a period closes
PROGRAMME_NAME_MAX = 100
_PROGRAMME_NOUN_BEFORE = re.compile(
    r"(?<![\w])(?:chương\s+trình|quy\s+chế|kế\s+hoạch|thỏa\s+thuận)\s+(?:phối\s+hợp|liên\s+tịch|hợp\s+tác)"
    r"[^.;:\n]{0,80}$",
    re.IGNORECASE,
)
_REVIEWS = re.compile(
    r"(?<![\w])(?:tổng\s+kết|sơ\s+kết|đánh\s+giá|thực\s+hiện|triển\s+khai|kết\s+quả)(?![\w])", re.IGNORECASE
)

# "A cùng B, C (đã) tổ chức hội nghị / lễ ký kết": the list organises the act.
_ORGANISING_GAP = re.compile(
    r"\s*(?:(?:đã|vừa|cùng|phối\s+hợp)\s+)*(?:đồng\s+)?tổ\s+chức\s+(?:hội\s+nghị|lễ|buổi\s+lễ)?\s*$", re.IGNORECASE
)
_BETWEEN_BEFORE = re.compile(r"(?<![\w])giữa\s+$", re.IGNORECASE)
_WITH_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?với(?![\w])", re.IGNORECASE)
_SIGNS_WITH_AFTER = re.compile(
    r"\s*(?:(?:đã|vừa|tổ\s+chức|hội\s+nghị|lễ)\s+)*[kK]ý(?:\s+kết)?\s+[^.;\n]{0,80}?"
    r"(?<![\w])với(?![\w])",
    re.IGNORECASE,
)

# "2 đồn biên phòng", "hai chi đoàn": a number and the kind of the bodies named before.
_COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7}
_NUMBERED = re.compile(r"(\d{1,2}|hai|ba|bốn|năm|sáu|bảy)\s+((?:[^\W\d_]+\s+){0,3}[^\W\d_]+)", re.IGNORECASE)
# after the last named party (its place name may trail it: "Hội Nông dân TP.Hội An và 2 đồn ...");
# the kind may trail words that place the group ("các hạt kiểm lâm vùng giáp ranh đã ký kết")
_PLURAL_SUBJECT = re.compile(
    r"(?<![\w])(?:các|những)\s+((?:[^\W\d_]+\s+){0,5}?[^\W\d_]+)\s+"
    r"(?:(?:đã|cùng|vừa|cũng|đang|thống\s+nhất|tiến\s+hành)\s+)*$",
    re.IGNORECASE,
)
_JOINT_BEFORE_NUMBER = re.compile(r"(?P<place>(?:[\s.]*[^\W\d_][\w'’-]*){0,3}?)\s*(?:,|và|cùng(?:\s+với)?)\s+")

# "ký (kết) giao ước (phong trào) thi đua" of an emulation bloc ("Khối thi đua ...", "Khối Xây dựng lực lượng",
# "Cụm thi đua số 1")
_EMULATION_PACT = re.compile(r"\s+(?:kết\s+)?giao\s+ước(?![\w])", re.IGNORECASE)
# ("Cụm gồm 4 đơn vị: A, B, ...": the bloc named again by its bare head)
_BLOC = re.compile(r"(?<![\w])(?:Khối|Cụm)(?![\w])")
# "07 sở, ngành là thành viên thuộc khối gồm: ...": the bloc named in lower case by its members' tie to it
_MEMBERS_OF_A_BLOC_LEAD = re.compile(
    r"(?<![\w])thành\s+viên\s+(?:thuộc|của|trong)\s+(?:khối|cụm)(?![\w])", re.IGNORECASE
)
# a member's role in its bloc noted after a dash: "Liên hiệp Hội Hà Nội – Cụm trưởng, Liên hiệp Hội Hải Phòng – Cụm phó"
_ROLE_NOTE = re.compile(
    r"^\s*[-–]\s*(?:(?:Cụm|Khối)\s+(?:trưởng|phó)|(?:Trưởng|Phó)\s+(?:cụm|khối))(?![\w])", re.IGNORECASE
)
# the bloc named after the pact, by its members: "giao ước thi đua năm 2024 của các thành viên trong Cụm thi đua số 02"
_MEMBERS_OF_BLOC = re.compile(
    r"(?<![\w])(?:của|giữa)\s+các\s+(?:thành\s+viên|đơn\s+vị)\s+(?:trong|thuộc|của)\s+(?:Khối|Cụm)(?![\w])",
    re.IGNORECASE,
)

# A group of bodies that the article lists under a counted kind or a bloc: "12 đơn vị quân đội, gồm: A, B",
# "Khối thi đua 8 có 12 hội thành viên gồm A, B", "4 đồn Biên phòng: A, B". A plural reference to that
# kind elsewhere ("các đơn vị quân đội", "các thành viên") stands for the listed members.
# "(bao) gồm" or ":"; it opens with its first character so the engine skips to the next b, g or colon in C (a
# pattern that opens with a look-behind is tried at every character); "(?<=[gG])(?<![\w].)ồm" is "(?<![\w])gồm".
_GROUP_OPEN = re.compile(
    r"(?-i:[bBgG:])(?:(?<=:)|(?<=[bB])(?<![\w].)ao\s+gồm(?![\w])\s*:?|(?<=[gG])(?<![\w].)ồm(?![\w])\s*:?)",
    re.IGNORECASE,
)
GROUP_LEAD_WINDOW = 100  # before "gồm" / ":": the counted kind (or the bloc) the list is of
UNREAD_ITEM_MAX = 70  # longest list item the grammar did not read as a body
_GROUP_LEAD_STOP = re.compile(r"[.;:\n]")
_GROUP_COUNT_KIND = re.compile(
    r"(?<![\w])(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+"
    r"((?:[^\W\d_]+[\s,]+){0,4}[^\W\d_]+)",
    re.IGNORECASE,
)
# "Đảng ủy 5 xã, phường" after "Đảng ủy 5 xã, phường biên giới gồm A, B, ...": a counted reference to the group
_COUNTED_REF = re.compile(
    r"(?:[^\W\d_]+\s+){0,3}?(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+"
    r"((?:[^\W\d_]+[\s,]+){0,3}[^\W\d_]+)",
    re.IGNORECASE,
)
_COUNT_WORD_VALUES = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_KIND_WORD = re.compile(r"[^\W\d_]+")
# "và / với / cùng các <kind>" in a partner slot, and the words of the kind
_PLURAL_PARTNER = re.compile(
    r"(?<![\w])(và|với|cùng(?:\s+với)?)\s+(?:các|những)\s+((?:[^\W\d_]+\s+){0,3}[^\W\d_]+)", re.IGNORECASE
)
# "A giữ vai trò trưởng khối, B làm phó khối", "do A làm Khối trưởng": the bloc's named members
# ("A được Bộ X phân công làm đơn vị Cụm trưởng Cụm thi đua số 7": the role may be assigned)
_BLOC_ROLE = re.compile(
    r"\s*(?:được\s+(?:[^\W\d_]+\s+){0,5}?(?:phân\s+công|giao|bầu|chọn)\s+)?"
    r"(?:giữ\s+vai\s+trò|làm|là)\s+(?:đơn\s+vị\s+)?"
    r"(?:(?:trưởng|phó)\s+(?:khối|cụm)|(?:khối|cụm)\s+(?:trưởng|phó))(?![\w])",
    re.IGNORECASE,
)

# "ký kết các quy chế phối hợp (liên ngành), gồm: ...; ...": a list of documents, items cut at ";"
_ITEMS_OPEN = re.compile(r"(?<![\w])gồm\s*:|:", re.IGNORECASE)
_ITEM_SEP = re.compile(r";")

# "Đoàn Trinh sát số 2, BTL Cảnh sát biển và Phòng Tham mưu, BTL Vùng 4 Hải quân": a functional unit
# (a department, a detachment; not a post named by its place, which is listed beside its command), then a
# comma and a command or ministry of the same force, is placed by that parent in apposition; the parent
# is no party of its own.
_UNIT_HEAD = re.compile(
    r"(?:Phòng|Đoàn(?!\s+(?:[Tt]hanh\s+niên|TN|[Cc]hủ\s+tịch))|Cục|Vụ|Hải\s+đoàn|Hải\s+đội|"
    r"Tiểu\s+đoàn|Trung\s+đoàn|Lữ\s+đoàn|Sư\s+đoàn|Trung\s+tâm|Văn\s+phòng|Cơ\s+quan|"
    r"Ban\s+(?:Tham\s+mưu|Chính\s+trị|Hậu\s+cần|Kỹ\s+thuật))(?![\w])"
)
_PARENT_HEAD = re.compile(
    r"(?:Bộ\s+[Tt]ư\s+lệnh|Bộ\s+Chỉ\s+huy|Bộ(?!\s+(?:Chính\s+trị|đội))|Quân\s+khu|Quân\s+chủng|"
    # (and the forces named whole: "Đoàn Trinh sát số 2 Cảnh sát biển Việt Nam")
    r"Binh\s+chủng|Tổng\s+cục|Công\s+an\s+(?:tỉnh|thành\s+phố)|Cảnh\s+sát\s+biển|Bộ\s+đội\s+Biên\s+phòng)(?![\w])"
)
# (or with no comma at all: "Sư đoàn 2 Quân khu 5 và Tỉnh đoàn ký kết"; a short form defined in brackets between:
# "Cục Cửa khẩu Bộ đội Biên phòng (BĐBP), Bộ Quốc phòng")
_APPOSITION_GAP = re.compile(r"(?:\s*\([^()\n]{1,20}\))?\s*,\s*|[ ]+")
# "Bộ Nông nghiệp và PTNT - Cục Thú y": a ministry written before its department, after a dash
_MINISTRY = re.compile(r"Bộ\s+(?!Tư\s+lệnh|Chỉ\s+huy|Chính\s+trị|đội)")
# (a board or an institute of a ministry too: "Ban Tôn giáo Chính phủ - Bộ Nội vụ")
_DEPARTMENT_HEAD = re.compile(r"(?:Tổng\s+cục|Cục|Vụ|Ban|Viện)\s")
# (a short form in brackets may stand before the dash: "Cục Cảnh sát QLHC về TTXH (C06) - Bộ Công an")
_DASH_GAP = re.compile(r"(?:\s*\([^()\n]{1,20}\))?\s*[-–]\s*")

# "Viện kiểm sát nhân dân 6 tỉnh": a capitalised head, a count and a level word
_COUNTED_HEAD = re.compile(
    # (a head as long as "Sở Nông nghiệp và Phát triển nông thôn 2 tỉnh")
    r"(?P<head>(?-i:[A-ZĐ])[^\W\d_]*(?:\s+[^\W\d_]+){0,7}?)\s+"
    r"(?P<count>\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+"
    r"(?P<level>tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)(?![\w])",
    re.IGNORECASE,
)
# "Công an phường, xã trên địa bàn": a capitalised head, then level words that no place name follows
_UNNAMED_LEVELS = re.compile(
    r"(?P<head>(?-i:[A-ZĐ])[^\W\d_]*(?:\s+[^\W\d_]+){0,4}?)\s+"
    r"(?P<levels>(?:xã|phường|huyện|quận|tỉnh|thị\s+trấn)(?:\s*(?:,|và)\s*(?:xã|phường|huyện|quận|tỉnh|thị\s+trấn))*)"
    r"(?![\w])(?!\s+(?-i:[A-ZĐ]))",
    re.IGNORECASE,
)
_UNITS_OF_EACH = re.compile(r"\s*(?:các|những)\s+([^\W\d_])", re.IGNORECASE)  # the letter is tested for case
# "giữa (các) đơn vị ...", "giữa các ngành: A, B và C": a plural noun of the parties' kind may open the list
_BETWEEN_FILLER = re.compile(
    # "giữa (các / 3 / ba) đơn vị (gồm / là / :) A, B và C"
    r"[\s,]*(?:(?:các\s+|(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+)?"
    r"(?:đơn\s+vị|lực\s+lượng|ngành|cơ\s+quan|bên)(?:\s+(?:gồm|là))?(?:\s*:\s*|\s+))?",
    re.IGNORECASE,
)

# "Đồng thời, ký kết ...", "Sau đó, hai bên tiến hành ký kết ...": a signing sentence without a subject
_SUBJECTLESS_OPENING = re.compile(
    r"\s*(?:(?:Đồng\s+thời|Sau\s+đó|Tiếp\s+đó|Tiếp\s+theo|Cũng\s+tại\s+(?:hội\s+nghị|buổi\s+lễ)|"
    r"Tại\s+(?:hội\s+nghị|buổi\s+lễ)|Dịp\s+này|Nhân\s+dịp\s+này)\s*,?\s*)?"
    r"(?:(?:hai|ba|các)\s+bên\s+)?(?:(?:đã|cũng|tiến\s+hành|cùng|chính\s+thức)\s+)*",
    re.IGNORECASE,
)
# "Tại hội nghị, đại diện lãnh đạo A và B đã thảo luận ...": the list that opens a sentence as its subject
# (an outlet's dateline may open the lead: "TTH.VN - Chiều 16/7, A và B ...", "(GLO)- Sáng 3/5, ...", after the
# posting time where a scraper joined the lines: "Thứ Hai, 16/07/2018 18:00 TTH.VN - Chiều 16/7, ...")
_SUBJECT_OPENING = re.compile(
    r"(?:(?:Thứ\s+\w+|Chủ\s+nhật)?\s*,?\s*\d{1,2}/\d{1,2}/\d{4}(?:\s*[-,|]?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s+)?"
    r"(?:\(?[^\s,;:()]{2,20}\)?\s*[-–]\s*)?(?:[^,.;:\n]{0,40},\s*)?(?:(?:đại\s+diện|lãnh\s+đạo)\s+)*",
    re.IGNORECASE,
)
# "hai bên", "lãnh đạo 2 ngành": the two sides named by a count
# ("Lãnh đạo hai bộ ký thỏa thuận", "hai địa phương", "hai tổ chức": the sides named by their kind)
_BOTH_SIDES = re.compile(
    # ("hai thành phố đã ký kết" after "Ban Thường vụ Thành ủy TPHCM và Ban Thường vụ Thành ủy Hà Nội tổ chức hội nghị")
    r"(?<![\w])(?:hai|2)\s+(?:bên|cơ\s+quan|đơn\s+vị|ngành|lực\s+lượng|bộ|sở|tỉnh|thành\s+phố|huyện|quận|thị\s+xã|"
    r"địa\s+phương|tổ\s+chức|hội)(?![\w])",
    re.IGNORECASE,
)
# "Chương trình ... giữa A và B được đại diện lãnh đạo 2 đơn vị ký kết": the sides are the passive's agent, A and B;
# "Bộ trưởng Bộ A NAME và Bí thư B NAME đã đại diện hai đơn vị, ký kết": the signers titled before stand for the sides
_SIDES = r"(?:(?:đại\s+diện|lãnh\s+đạo)\s+)*(?:hai|2)\s+(?:bên|cơ\s+quan|đơn\s+vị|ngành)\s*,?\s*"
_SIDES_AS_AGENT = re.compile(rf"(?<![\w])(?:đã\s+)?được\s+{_SIDES}(?:{_HOLDS}\s+)?$", re.IGNORECASE)
_SIDES_REPRESENTED = re.compile(
    rf"(?<![\w])(?:đã\s+)?(?:thay\s+mặt|đại\s+diện)\s+{_SIDES}(?:{_HOLDS}\s+)?$", re.IGNORECASE
)


def _sides_stand_for_bodies_before(scan: _SigningScan, last: AgencyMention, verb: int) -> bool:
    """The two sides named between the last body and the verb are those bodies, not a subject of their own: the
    passive's agent ("giữa A và B được đại diện lãnh đạo 2 đơn vị ký kết"), or the sides the signers titled before
    their names represent ("Bộ trưởng Bộ A NAME và Bí thư B NAME đã đại diện hai đơn vị, ký kết": the name of a
    person whose title names ``last`` stands right before; titles after the names are read from the sides)."""
    text = scan.text
    if _SIDES_AS_AGENT.search(text, last.end, verb):
        return True
    m = _SIDES_REPRESENTED.search(text, last.end, verb) if last.signer else None
    return bool(
        m
        and any(
            body.start == last.start and last.end <= end and not text[end : m.start()].strip()
            for _, end, body in scan.titled_names
        )
    )


# what may stand before the sides as the subject: the sentence start, an adverbial and its comma, "lãnh đạo"; "cả"
# ("Cả hai đơn vị đã tiếp tục ký kết ...")
_BEFORE_SUBJECT = re.compile(r"(?:^|[,:]\s*|(?:lãnh\s+đạo|đại\s+diện)\s+)(?:cả\s+)?$", re.IGNORECASE)
_ATTENDS = re.compile(
    r"\s*(?:(?:đã|cũng|cùng|đều)\s+)*(?:dự|tham\s+dự|chứng\s+kiến|có\s+mặt|tham\s+gia)(?![\w])", re.IGNORECASE
)
_NOT_SUBJECT_START = re.compile(r"\s*(?:của|với|giữa|cho|tại|về|thuộc|trên|ở)(?![\w])", re.IGNORECASE)

# --- periods ---------------------------------------------------------------------------------------------
# "... đến năm 2030": an open-start period (from the signing to that year), unless it is a horizon
# ("tầm nhìn đến năm 2045") or the deadline of a strategy, plan or resolution the act cites.
_UNTIL = re.compile(r"(?<![\w])(?:đến|tới)\s+(?:hết\s+)?$", re.IGNORECASE)
_HORIZON_BEFORE = re.compile(
    r"(?<![\w])(?:tầm\s+nhìn|định\s+hướng|mục\s+tiêu)\s+(?:(?:đến|tới)\s+)?(?:hết\s+)?$", re.IGNORECASE
)
_HORIZON_AFTER = re.compile(r"\s*(?:,|và|;)?\s*(?:tầm\s+nhìn|định\s+hướng)(?![\w])", re.IGNORECASE)
_CITED_PLAN = re.compile(
    r"(?<![\w])(?:chiến\s+lược|quy\s+hoạch|đề\s+án|nghị\s+quyết|kết\s+luận|chỉ\s+thị|"
    r"quyết\s+định|nghị\s+định|chương\s+trình\s+mục\s+tiêu|tầm\s+nhìn|mục\s+tiêu)(?![\w])",
    re.IGNORECASE,
)
_PASSIVE = re.compile(
    r"(?<![\w])(?:đã\s+)?được\s+(?:(?:(?:đại\s+diện|lãnh\s+đạo)\s+)*(?:hai|ba|các|2|3)\s+(?:bên|đơn\s+vị|cơ\s+quan|ngành)\s+)?"
    rf"(?:{_HOLDS}\s+)?$",
    re.IGNORECASE,
)
# "thi đua “Vì an ninh Tổ quốc” năm 2017": the year belongs to the quoted name of a campaign, not a term ...
_AFTER_QUOTED_NAME = re.compile(r"[”\"]\s*(?:năm\s+)?$", re.IGNORECASE)
# ... but for an emulation pact it is the pact's year ("ký giao ước thi đua “Vì an ninh Tổ quốc” năm 2024": [2024,
# 2024] for the writers of five blind sets, `le08`, `lj02`, `lj04`, `lm05`; `real`'s `dc01` and `dc05` give none)
_PACT_BEFORE = re.compile(r"(?<![\w])giao\s+ước(?![\w])", re.IGNORECASE)
# ... and so is a cooperation document's quoted name ("ký kết ... và Kế hoạch phối hợp “Vận động đồng bào ...” năm 2022")
QUOTED_NAME_MAX = 200
_QUOTED_DOCUMENT_NAME = re.compile(
    r"(?<![\w])(?:kế\s+hoạch|chương\s+trình|quy\s+chế)(?:\s+(?:phối\s+hợp|liên\s+tịch|hành\s+động|công\s+tác))*"
    rf"\s*[“\"][^“”\"]{{1,{QUOTED_NAME_MAX}}}[”\"]\s*(?:năm\s+)?$",
    re.IGNORECASE,
)
# "... đề nghị lập Quy hoạch tỉnh Khánh Hòa thời kỳ 2021 – 2030": the term of a master plan or a strategy named in
# the clause is that text's, never a cooperation text's.
_PLAN_BEFORE = re.compile(
    r"(?<![\w])(?:quy\s+hoạch|chiến\s+lược)(?:(?!\s(?:chương\s+trình|quy\s+chế|kế\s+hoạch|thỏa\s+thuận)\s)[^.;:\n]){0,60}$",
    re.IGNORECASE,
)
# "... triển khai Phong trào “Phụ nữ công an giai đoạn 2022-2026”": a period inside a campaign's quoted name is the
# campaign's, not the term of the act
_INSIDE_CAMPAIGN_NAME = re.compile(
    rf"(?<![\w])(?:phong\s+trào|cuộc\s+vận\s+động)(?:\s+thi\s+đua)?\s*[“\"][^“”\"]{{0,{QUOTED_NAME_MAX}}}$",
    re.IGNORECASE,
)
# "năm 2020 và các năm tiếp theo": an open programme, no period.
_YEARS_AFTER = re.compile(r"\s*(?:và|,)\s*(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau)(?![\w])", re.IGNORECASE)
# "..., ông A cho biết, năm 2015, cả nước có ...": a year in what a speaker says after the act is a figure's
# year, not the signed text's term (a range there may still be the programme's, and is kept).
_SPEECH_OPENS = re.compile(
    r"(?<![\w])(?:cho\s+biết|nói|phát\s+biểu|khẳng\s+định|nhấn\s+mạnh|thông\s+tin)(?:\s+rằng)?\s*[,:]", re.IGNORECASE
)

# --- signings that are not the reported event -----------------------------------------------------------
# "chương trình phối hợp đã ký kết giữa A và B": a document named by its past signing, not an event.
_RELATIVE = re.compile(
    r"(?<![\w])(?:chương\s+trình|kế\s+hoạch|quy\s+chế|văn\s+bản|thỏa\s+thuận|nghị\s+quyết)"
    r"(?:\s+(?:phối\s+hợp|liên\s+tịch|liên\s+ngành|công\s+tác))*"
    # "Quy chế số 02/QC-CAT ký năm 2020 giữa ...": the number may come between, with or without "số" ("Quy chế
    # 3055/QC-X"), and its issue date ("số 3055/QC - X ngày 09/9/2015 được ký kết")
    r"(?:\s+(?:số\s+[\w./]+|\d[\w.]*/[\w./]+)(?:\s*-\s*[\w./]+)*)?"
    r"(?:\s+ngày\s+(?:[\d/.-]+|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?"  # ("ngày 09 tháng 9 năm 2015")
    rf"\s+(?:đã\s+)?(?:được\s+)?(?:các\s+bên\s+)?(?:{_HOLDS}\s+)?$",
    re.IGNORECASE,
)
# "đã thực hiện nghiêm kế hoạch hiệp đồng quản lý biên giới đã ký kết;": a document that another verb
# carries out or reviews, told by its past signing ("đã / được" right before the verb; no "và" or new act
# between: "tổng kết quy chế giai đoạn 2018-2022, ký kết quy chế giai đoạn 2023-2027" is a new signing).
_OBJECT_RELATIVE = re.compile(
    r"(?<![\w])(?:thực\s+hiện|triển\s+khai|tổng\s+kết|sơ\s+kết|đánh\s+giá|duy\s+trì)"
    r"(?:\s+(?:nghiêm|tốt|hiệu\s+quả|có\s+hiệu\s+quả))?\s+(?:các\s+)?"
    r"(?:chương\s+trình|kế\s+hoạch|quy\s+chế|văn\s+bản|thỏa\s+thuận|nghị\s+quyết)"
    rf"(?:(?!\s(?:và|với|giữa|đồng\s+thời|{_HOLDS})\s)[^.;:\n]){{0,80}}?\s(?:đã\s+(?:được\s+)?|được\s+)$",
    re.IGNORECASE,
)
# "A sẽ ký kết ...", "dự kiến ký kết", "tiến tới ký kết": a signing only planned.
_PLANNED = re.compile(
    r"(?<![\w])(?:sẽ|dự\s+kiến|chuẩn\s+bị|tiến\s+tới|hướng\s+tới)\s+"
    rf"(?:(?:được|{_HOLDS}|lễ|cùng|chính\s+thức)\s+)*$",
    re.IGNORECASE,
)
# "họp ... về công tác tổ chức Hội nghị tổng kết ... và ký kết chương trình": the meeting prepares the signing, which
# is only planned
_PREPARATION_OF = re.compile(
    r"(?<![\w])về\s+(?:công\s+tác\s+)?(?:tổ\s+chức|chuẩn\s+bị)\s+(?:[^.;:\n]*?\s)?(?:và|,)\s+$", re.IGNORECASE
)
PREPARATION_WINDOW = 200  # from "về công tác tổ chức" to the verb

_SECOND_ACT = re.compile(
    r"\s*(?:cùng\s+ngày|cũng\s+trong\s+(?:ngày|dịp|buổi)|cùng\s+dịp|dịp\s+này|nhân\s+dịp\s+này|ngoài\s+ra)(?![\w])",
    re.IGNORECASE,
)
_ALSO = re.compile(r"(?<![\w])cũng\s+(?:đã\s+)?$", re.IGNORECASE)
_PLANNED_SENTENCE = re.compile(r"\s*(?:theo\s+)?(?:dự\s+kiến|kế\s+hoạch\s+dự\s+kiến)(?![\w])", re.IGNORECASE)
_SIGNED_YEAR = re.compile(r"\s+(?:vào\s+|từ\s+)?năm\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
# "Trước đó, ...", "từ năm 2019", "Sau 5 năm ký kết ...", "Qua 3 năm ký kết ...": a signing years back, recalled
_PAST = re.compile(
    r"(?<![\w])(?:trước\s+đó|trước\s+đây|đã\s+từng|từ\s+năm|(?:sau|qua|hơn)\s+(?:\d{1,2}|hai|ba|bốn|năm|mười)\s+năm)"
    r"(?![\w])",
    re.IGNORECASE,
)

# --- the signed document ---------------------------------------------------------------------------------
# the kinds of document a signing verb signs
_SIGNED_KINDS = r"chương\s+trình|kế\s+hoạch|quy\s+chế|giao\s+ước|thỏa\s+thuận|nghị\s+quyết|quy\s+định"
_SIGNED_KIND = re.compile(rf"\s+(?:(?:các|bản)\s+)?({_SIGNED_KINDS})(?![\w])", re.IGNORECASE)
# a second document the signing verb has for object: "ký kết Chương trình ... giai đoạn 2025-2030 và Kế hoạch ..."
_SECOND_DOCUMENT = re.compile(rf"\s(?:và|cùng)\s+(?:các\s+|bản\s+)?({_SIGNED_KINDS})(?![\w])", re.IGNORECASE)
# where the parties of a signed document open after its name ("... năm 2025 giữa A với B", "của A")
_PARTIES_OPEN = re.compile(r"(?<![\w])(?:giữa|của|với)(?![\w])", re.IGNORECASE)
_NOT_OBJECT = re.compile(r"(?<![\w])(?:theo|căn\s+cứ|thực\s+hiện|triển\s+khai|của|tại|về)(?![\w])|[;.]", re.IGNORECASE)
_CO_VERB = re.compile(r"\s*(?:,|và)\s*(?:triển\s+khai|ban\s+hành|thực\s+hiện|thông\s+qua)(?![\w])", re.IGNORECASE)

# --- signers named by their titles ------------------------------------------------------------------------
_SIGNER_GAP = re.compile(
    # ("đã tổ chức (lễ) ký kết", "tiến hành ký kết": the act is the signing all the same)
    rf"[\s,]*(?:(?:đã|vừa|cùng|chính\s+thức|{_HOLDS}|(?:buổi\s+)?lễ|(?:thay\s+mặt|đại\s+diện)(?:\s+lãnh\s+đạo)?"
    r"(?:\s+(?:hai|ba|bốn|năm|các)\s+"
    r"(?:bên|đơn\s+vị|ngành|cơ\s+quan|lực\s+lượng))?)(?![\w])[\s,]*)*",
    re.IGNORECASE,
)
_STANDING = re.compile(r"\s*Thường\s+trực\s+", re.IGNORECASE)
_TITLE_TAIL = re.compile(r"(?:Chủ\s+tịch|Bí\s+thư|Trưởng\s+ban|Phó\s+Trưởng\s+ban)\s+$", re.IGNORECASE)
_TITLE_OF_A_BAN = re.compile(r"(?<![\w])(?:Phó\s+)?[Tt]rưởng\s+[Bb]an\s+(?:[^\W\d_]+\s+){1,3}$")
_AFTER_TITLE = re.compile(r"\s*(?:[;,]|và(?![\w])|$)", re.IGNORECASE)
# "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy": a person signs for the body he heads, not
# for one he only sits in ("Ủy viên / Thành viên / Hội viên <body>").
_MEMBER_OF = re.compile(
    r"(?<![\w])(?:[ỦUủu][ỷy]\s+viên|[Tt]hành\s+viên|[Hh]ội\s+viên)(?:\s+dự\s+khuyết)?"
    r"(?:\s+(?:Ban\s+)?(?:Thường\s+vụ|Chấp\s+hành))?\s+$"
)
MEMBER_WINDOW = 40  # before a body: "Ủy viên (Ban Thường vụ)"

# --- document issuers -------------------------------------------------------------------------------------
# "... giữa hai đơn vị / hai cơ quan / hai bên": the parties are the two bodies the article is about.
BOTH_PARTIES = "\x00both"
_BOTH = re.compile(
    r"[\s,]*(?:(?:đã\s+)?(?:được\s+)?(?:ký\s+kết|ban\s+hành|ký))?[\s,]*giữa\s+hai\s+"
    r"(?:đơn\s+vị|cơ\s+quan|bên|ngành|lực\s+lượng)(?![\w])",
    re.IGNORECASE,
)
_ISSUER_LINK = re.compile(
    r"[\s,]*(?:(?:đã\s+)?(?:được\s+)?(?:ký\s+kết|ban\s+hành|ký))?[\s,]*(?:của|giữa)\s+", re.IGNORECASE
)
_ISSUER_LINK_LOOSE = re.compile(r"[\s,]*(?:\S+\s+){0,2}?(?:của|giữa)\s+", re.IGNORECASE)
# "Quy chế số X ngày D về (công tác) phối hợp giữa A và B": the coordination the document is about names its parties
_ABOUT_COORDINATION_LINK = re.compile(
    r"[\s,]*về\s+(?:việc\s+)?(?:[^\W\d_]+\s+){0,4}?(?:phối\s+hợp|hợp\s+tác)\s+"
    # ("về phối hợp công tác dân vận giữa A và B": the work named after "công tác")
    r"(?:(?:công\s+tác|trong\s+công\s+tác)\s+(?:[^\W\d_]+\s+){0,3}?)?giữa\s+",
    re.IGNORECASE,
)
_ISSUER_LINK_BREAK = re.compile(r"[;\"]")
# the adverbs before an issuing verb: "đã phối hợp ban hành", "vừa chính thức ký"
_ISSUE_ADVERBS = r"(?:(?:đã|vừa|mới|cũng|cùng|chính\s+thức|phối\s+hợp|thống\s+nhất)\s+)*"
# "A, B và C (đã) ban hành / xây dựng (thống nhất ban hành) Chương trình số X": the subject list issues it
# (the kind and a few words of title may stand between the verb and a number the kind was not read with)
_ISSUES = re.compile(
    r"\s*" + _ISSUE_ADVERBS + r"(?:ban\s+hành|ký\s+ban\s+hành|xây\s+dựng)\s*"
    r"(?:(?:chương\s+trình|kế\s+hoạch|quy\s+chế|quy\s+định|nghị\s+quyết|hướng\s+dẫn|đề\s+án)"
    r"(?:\s+[^\W\d_]+){0,6}?\s+số\s*)?",
    re.IGNORECASE,
)
ISSUER_BEFORE_MAX = 100  # longest gap between a subject that "ban hành" and the document
# "Thông tư số 17 do A (cùng B) ban hành", "Chương trình số 05 do A và B ký kết": the issuers named by "do", then the verb
_DONE_BY_LINK = re.compile(r"[\s,]*(?:(?:đã\s+)?được\s+)?do\s+", re.IGNORECASE)
_ISSUED_AFTER_LIST = re.compile(
    r"\s*" + _ISSUE_ADVERBS + r"(?:ban\s+hành|ký\s+kết|ký|phát\s+hành)(?![\w])", re.IGNORECASE
)


@dataclass
class SigningCandidate:
    sentence: int
    parties: list[list[str]]  # each inner list: one signing's party keys
    period: tuple[int, int] | None
    date: DateMention | None
    document: DocMention | None
    mentioned: set[str] = field(default_factory=set)
    in_title: bool = False
    separate: bool = False  # a second act told apart ("Cùng ngày, ... cũng ký kết")
    recent: bool = False  # told as recent ("vừa", "Mới đây"): the event date is not its date
    organisers: bool = False  # the joint list organises the act ("A cùng B, C tổ chức hội nghị ký kết")
    listed: bool = False  # one of acts listed with ";" in one sentence ("ký kết A...; ký kết B...")
    kind: str = ""  # the kind of document the verb signs ("kế hoạch", "quy chế"), when printed right after it
    ceremony: bool = False  # the sentence opens with the ceremony itself ("Lễ ký kết diễn ra ngày ...")


# a stray ";" that closes the subject list right before the verb and its adverbs ("A, B; cùng ký kết giao ước")
# (an adverb must follow: "...; ký kết ..." opens a second predicate of the sentence's subject)
_STRAY_SEMICOLON = re.compile(r";(\s*(?:(?:đã|vừa|cũng|cùng)\s+)+)$", re.IGNORECASE)


def _is_subject_gap(gap: str) -> bool:
    """Text between a subject and its signing verb: a few words of predicate ("tổ chức hội nghị
    tổng kết ... và"), with nothing that makes the agency an object of something else."""
    gap = _past_named_parent(gap)
    if _HEADLINE_COLON.match(gap):
        return True  # "Công đoàn Viên chức tỉnh và Sở VH,TT&DL: Ký chương trình phối hợp" (a headline's subject)
    if ";" in gap:
        gap = _STRAY_SEMICOLON.sub(r" \1", gap)
    if _SUBJECT_FILLER.match(gap) or _NON_BODY_PARTNER_GAP.match(gap):
        return True
    # "A và B tổng kết Chương trình số X giữa hai cơ quan và ký kết ...": the two are the subject itself.
    gap = _BOTH_IN_GAP.sub(" ", gap)
    review = _REVIEWED_OBJECT_IN_GAP.search(gap)
    if review:
        gap = gap[: review.start("object")] + _OBJECT_PREPOSITION.sub(" ", review.group("object"))
    return len(gap) <= SUBJECT_GAP_MAX and not _NOT_SUBJECT_GAP.search(gap)


def _past_named_parent(gap: str) -> str:
    """ "Hội đồng dân tộc của QH tổ chức ký kết": "của" and a proper name right after the body name its
    parent (the noun phrase goes on), so the predicate starts after the name."""
    m = _OF_PARENT.match(gap)
    if not m:
        return gap
    pos = m.end()
    named = 0
    for w in _NAME_WORD.finditer(gap, pos):
        if w.start() != pos or not w.group(1)[0].isupper():
            break
        pos, named = w.end(), named + 1
    return gap[pos:] if named else gap


def _gap_without_notes(s: str) -> str:
    """The gap between two mentions without its brackets, nor the province that locates the first ("VKSND huyện Điện
    Biên, tỉnh Điện Biên và VKSND huyện Đông Anh": the two bodies are listed)."""
    s = _PARENS.sub(" ", s)
    if "," in s:
        locator = _PROVINCE_LOCATOR.match(s)
        if locator and lexicon.known_province(locator.group("place")):
            s = " " + s[locator.end() :]
    return s


_PROVINCE_LOCATOR = re.compile(
    r"\s*,\s*(?:tỉnh|thành\s+phố|TP\.?)\s*(?P<place>[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)(?=\s*(?:,|;|và(?![\w])|$))",
    re.IGNORECASE,
)


def _agency_list(text: str, mentions: list[AgencyMention], first: int) -> tuple[list[AgencyMention], bool]:
    """The list of agencies starting with ``mentions[first]``; True when "với" separates the first from the rest."""
    out = [mentions[first]]
    with_after_first = False
    closed = False  # "và" joined the last item: a comma after it ends the list ("giữa A và B, C ...")
    for k in range(first + 1, len(mentions)):
        sep = _gap_without_notes(text[out[-1].end : mentions[k].start])
        if closed and _COMMA_ONLY.match(sep):
            break
        closed = closed or bool(_LAST_AND.match(sep))
        if _joins(sep, out[-1], mentions[k]) or _generic_member(sep):
            out.append(mentions[k])
        elif _SEP_WITH.match(sep) and len(out) == 1:
            with_after_first = True
            out.append(mentions[k])
        else:
            break
    return out, with_after_first


def _joins(sep: str, prev: AgencyMention, nxt: AgencyMention) -> bool:
    """Whether ``sep`` (the text between two mentions, parentheses out) joins them in one list: a list
    separator, a count that opens a counted sub-list ("A và 4 đồn Biên phòng: B, C"), or none at all
    between the bodies one shared head names ("Bộ Chỉ huy BĐBP 3 tỉnh" read as three); a semicolon where a name has
    commas of its own ("với Ban Tuyên giáo và Dân vận Tỉnh ủy; Báo và Phát thanh, truyền hình Phú Thọ")."""
    if sep.strip() == ";" and ("," in prev.text or "," in nxt.text):
        return True
    return nxt.start < prev.end or bool(_SEP_JOINT.match(sep) or _SEP_COUNTED.match(sep))


def _within_spread_list(prev: AgencyMention, nxt: AgencyMention) -> bool:
    """Two members of one head spread over a list ("Huyện ủy 3 huyện gồm: A, B và C"): the "và" between
    them closes that inner list, not the list of parties it is one item of ("X và Huyện ủy 3 huyện ...")."""
    head = (nxt.pre + nxt.core).casefold()
    return prev.listed and nxt.listed and prev.core == nxt.core and not nxt.text.casefold().startswith(head)


def _generic_member(sep: str) -> bool:
    """ ", (và) các tổ chức chính trị - xã hội thành phố, ...": an unnamed group of members inside a list
    of named ones (the list goes on past it)."""
    m = _GENERIC_MEMBER_SEP.match(sep)
    return m is not None and not any(ch.isupper() for ch in m.group(1))


def is_until(text: str, p: PeriodMention) -> bool:
    """A year written "đến năm 2030" / "tới năm 2030" (the end of an open-start period or a horizon)."""
    return p.kind == "year" and bool(_UNTIL.search(text, max(0, p.start - UNTIL_WINDOW), p.start))


def open_period(text: str, p: PeriodMention, anchor: int, sign_year: int | None) -> tuple[int, int] | None:
    """``[sign_year, year]`` for "đến năm <year>" that bounds the act starting at ``anchor`` (the signing
    verb or the signed document); None for a horizon or a cited plan's deadline."""
    if not is_until(text, p) or sign_year is None or not sign_year <= p.first <= sign_year + OPEN_PERIOD_MAX_YEARS:
        return None
    if _HORIZON_BEFORE.search(text, max(0, p.start - HORIZON_WINDOW), p.start) or _HORIZON_AFTER.match(text, p.end):
        return None
    if _CITED_PLAN.search(text, anchor, p.start):
        return None
    return (sign_year, p.first)


def _period_in(
    periods: list[PeriodMention], start: int, end: int, text: str = "", sign_year: int | None = None
) -> tuple[int, int] | None:
    periods = [
        p
        for p in periods
        if start <= p.start < end
        and not (
            text
            and (
                is_plan_term(text, p)
                or _INSIDE_CAMPAIGN_NAME.search(text, max(0, p.start - QUOTED_NAME_MAX - 30), p.start)
            )
        )
    ]
    ranges = [p for p in periods if p.kind == "range"]
    if ranges:
        return (ranges[0].first, ranges[0].last)
    for p in periods:
        if (
            text
            and p.kind == "year"
            and (
                _YEARS_AFTER.match(text, p.end)
                or (
                    _AFTER_QUOTED_NAME.search(text, max(0, p.start - 10), p.start)
                    and not _PACT_BEFORE.search(text, start, p.start)
                    and not _QUOTED_DOCUMENT_NAME.search(text, max(0, p.start - QUOTED_NAME_MAX - 60), p.start)
                )
                or _SPEECH_OPENS.search(text, start, p.start)
            )
        ):
            continue
        if text and is_until(text, p):
            found = open_period(text, p, start, sign_year)
            if found:
                return found
            continue
        return (p.first, p.last)
    return None


def is_plan_term(text: str, p: PeriodMention) -> bool:
    """Whether the period is the term of a master plan or a strategy named right before it (see _PLAN_BEFORE)."""
    return bool(_PLAN_BEFORE.search(text, max(0, p.start - PLAN_TERM_WINDOW), p.start))


@dataclass
class _Group:
    """Bodies listed under a counted kind or a bloc ("12 đơn vị quân đội, gồm: A, B, ...")."""

    start: int  # start of the lead (the text before "gồm" / ":" in its clause)
    end: int  # end of the last member
    kind: list[str]  # lower-case words after the count ("đơn vị quân đội"); empty when none is printed
    count: int | None  # the number printed before the kind
    bloc: bool  # the lead names an emulation bloc ("Khối thi đua 8 có 12 hội thành viên gồm")
    keys: list[str]
    names: list[str] = field(default_factory=list)  # the members' names, as read


# between the last member a count names and a body after it: "và (đại diện | lãnh đạo)", a body that attends
_ATTENDING_TOO = re.compile(r"[\s,]*(?:và|cùng)\s+(?:các\s+)?(?:đại\s+diện|lãnh\s+đạo)\s+", re.IGNORECASE)


def _member_groups(text: str, agencies: list[AgencyMention], key_of) -> list[_Group]:
    """The lists of two or more bodies that open right after "gồm" or a colon whose lead, in the same
    clause, counts them ("12 đơn vị quân đội, gồm:") or names an emulation bloc."""
    bodies = [a for a in agencies if not a.in_title and not a.is_location]
    starts = [a.start for a in bodies]
    groups = []
    for m in _GROUP_OPEN.finditer(text):
        k = _first_listed(text, bodies, starts, m)
        if k is None:
            continue
        lead_from = max(0, m.start() - GROUP_LEAD_WINDOW)
        stops = list(_GROUP_LEAD_STOP.finditer(text, lead_from, m.start()))
        if stops:
            lead_from = stops[-1].end()
        lead = text[lead_from : m.start()]
        counts = list(_GROUP_COUNT_KIND.finditer(lead))
        bloc = bool(_BLOC.search(lead) or _MEMBERS_OF_A_BLOC_LEAD.search(lead))
        if not counts and not bloc:
            continue
        # ("... thuộc khối gồm: Sở A; Đài B; Sở C": a list opened by a colon may separate its items by semicolons)
        members = _without_last_members_parent(text, _listed_members(text, bodies, k, semicolons=":" in m.group(0)))
        count = _count_value(counts[-1].group(0).split()[0]) if counts else None
        if count and len(members) > count and _ATTENDING_TOO.match(text, members[count - 1].end, members[count].start):
            # "09 đơn vị trong Khối: A, ..., I và đại diện Ban Thi đua khen thưởng tỉnh": the count's members, and a
            # body that attends with them
            members = members[:count]
        keys = _unique([key_of(a) for a in members])
        if len(keys) >= 2:
            kind = _KIND_WORD.findall(counts[-1].group(1).lower()) if counts else []
            names = [a.canonical for a in members]
            groups.append(_Group(lead_from, members[-1].end, kind, count, bloc, keys, names))
    return groups


def _without_last_members_parent(text: str, members: list[AgencyMention]) -> list[AgencyMention]:
    """The members of a list without the parent that closes it in apposition to the last member ("..., Trung đoàn
    CSCĐ Tây Nguyên và Lữ đoàn 198, Bộ Tư lệnh Đặc công": the brigade's command, no member)."""
    if (
        len(members) >= 3
        and _COMMA_ONLY.match(_gap_without_notes(text[members[-2].end : members[-1].start]))
        and _LAST_AND.match(_gap_without_notes(text[members[-3].end : members[-2].start]))
        and len(_fold_parents_in_apposition(text, members[-2:])) == 1
    ):
        return members[:-1]
    return members


def _first_listed(text: str, bodies: list[AgencyMention], starts: list[int], opening: re.Match) -> int | None:
    """Index of the first body of the list that ``opening`` ("gồm", ":") opens: the one right after it,
    or one whose mention spans it (a head spread over the list: "Đảng ủy 5 xã, phường gồm Cửa Đại")."""
    k = bisect.bisect_left(starts, opening.end())
    if k > 0 and bodies[k - 1].start < opening.start() and bodies[k - 1].end >= opening.end():
        return k - 1
    if k < len(bodies) and (
        not text[opening.end() : bodies[k].start].strip()
        or _MEMBERS_KIND.fullmatch(text, opening.end(), bodies[k].start)
    ):
        return k
    return None


# The members' kind between "gồm" and the first of them ("gồm các đơn vị Công an Quận 1, 3, ...", "gồm 7 đơn vị (Sở
# Du lịch, ...)")
_MEMBERS_KIND = re.compile(
    r"\s*(?:các\s+|\d{1,2}\s+)?(?:đơn\s+vị|cơ\s+quan|thành\s+viên|lực\s+lượng|tổ\s+chức)\s*[:(]?\s*", re.IGNORECASE
)


def _count_value(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else _COUNT_WORD_VALUES.get(word)


def _counted_group(scan: _SigningScan, pos: int) -> list[str]:
    """Keys of the group that "(Đảng ủy) 5 xã, phường" at ``pos`` refers to: one listed under the same
    count and kind."""
    m = _COUNTED_REF.match(scan.text, pos)
    if not m:
        return []
    words = _KIND_WORD.findall(m.group(2).lower())
    count = _count_value(m.group(1))
    # the same count makes one word of the kind enough ("Đảng ủy 3 xã ký" after "Đảng ủy 3 xã biên giới gồm")
    fits = [
        g for g in scan.groups if g.kind and g.count == count and g.start != pos and _kind_overlap(words, g.kind) >= 1
    ]
    return list(min(fits, key=lambda g: _distance(g, pos)).keys) if fits else []


def _listed_members(
    text: str, bodies: list[AgencyMention], first: int, semicolons: bool = False
) -> list[AgencyMention]:
    """The bodies of a "gồm" list from ``bodies[first]``: joined as in any list, and past items the
    grammar did not read as bodies (capitalised names between commas: "A, Hội Người mù, B"); with ``semicolons``,
    also by the ";" a list of signers may put between its items ("gồm: A; B; C")."""
    out = [bodies[first]]
    for b in bodies[first + 1 :]:
        if _INSIDE_OPEN_BRACKET.fullmatch(text, out[-1].end, b.start):
            continue  # "Trại giam Xuyên Mộc (Cục 10-Bộ Công an) và Hải đoàn 18": the member's parent, in its brackets
        sep = _ROLE_NOTE.sub("", _gap_without_notes(text[out[-1].end : b.start]), count=1)
        if not (_SEP_JOINT.match(sep) or _unread_items(sep) or (semicolons and sep.strip() == ";")):
            break
        out.append(b)
    return out


# from a member's end into the brackets after it, none closed yet
_INSIDE_OPEN_BRACKET = re.compile(r"\s*\([^()\n]{0,30}")


def _unread_items(sep: str) -> bool:
    """ ", Hội Người mù, Hội Văn học nghệ thuật, (và) ": list items named with a capital, none read."""
    pieces = sep.split(",")
    last = pieces[-1].strip()
    if len(pieces) < 3 or pieces[0].strip() or last not in ("", "và"):
        return False
    return all(
        p.strip()[:1].isupper() and len(p) <= UNREAD_ITEM_MAX and not _GROUP_LEAD_STOP.search(p) for p in pieces[1:-1]
    )


def _kind_overlap(words: list[str], kind: list[str]) -> int:
    """How many leading words of a plural reference ("thành viên đã") run on inside a group's kind
    ("hội thành viên")."""
    for n in range(len(words), 0, -1):
        head = words[:n]
        if any(kind[i : i + n] == head for i in range(len(kind) - n + 1)):
            return n
    return 0


def _group_of_kind(scan: _SigningScan, words: str, pos: int) -> _Group | None:
    """The listed group that the plural "các <words>" at ``pos`` refers to: one whose counted kind holds
    its leading words (two of them, or its only one), the nearest to ``pos``."""
    w = words.lower().split()
    fits = [g for g in scan.groups if g.kind and _kind_overlap(w, g.kind) >= min(2, len(w))]
    if not fits:
        return None
    return min(fits, key=lambda g: _distance(g, pos))


def _bloc_group(scan: _SigningScan, pos: int) -> _Group | None:
    """The members listed under an emulation bloc, the nearest to ``pos``."""
    blocs = [g for g in scan.groups if g.bloc]
    if not blocs:
        return None
    return min(blocs, key=lambda g: _distance(g, pos))


def _distance(g: _Group, pos: int) -> int:
    return 0 if g.start <= pos <= g.end else min(abs(pos - g.start), abs(pos - g.end))


@dataclass
class _SigningScan:
    """What the signing stages read of one article: its text and mentions, indexed by offset."""

    text: str
    agencies: list[AgencyMention]
    key_of: Callable[[AgencyMention], str]
    periods: list[PeriodMention]
    dates: list[DateMention]
    docs: list[DocMention]  # sorted by start
    doc_dates: set[int]
    anaphor_resolver: Callable[[str], str | None]
    title_end: int
    ref_year: int | None
    usable: list[AgencyMention] = field(init=False)
    usable_starts: list[int] = field(init=False)
    all_starts: list[int] = field(init=False)
    date_starts: list[int] = field(init=False)
    doc_starts: list[int] = field(init=False)
    spans: set[int] = field(init=False)  # starts of dates that bound a span ("26/3/1931 - 26/3/2026")
    event_year: int | None = None  # the reported event's year when the page came out in a later year
    bloc_members: list[str] = field(init=False)  # keys of the bodies named as an emulation bloc's head or deputy
    groups: list[_Group] = field(init=False)  # bodies listed under a counted kind or a bloc
    sentences: list[tuple[int, int]] = field(default_factory=list)
    # (start, end, body) of each mention of a person whose title named a body somewhere in the article
    titled_names: list[tuple[int, int, AgencyMention]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.groups = _member_groups(self.text, self.agencies, self.key_of)
        self.bloc_members = _unique(
            [self.key_of(a) for a in self.agencies if not a.is_location and _BLOC_ROLE.match(self.text, a.end)]
        )
        self.usable = [a for a in self.agencies if not a.in_title]
        self.usable_starts = [a.start for a in self.usable]
        self.all_starts = [a.start for a in self.agencies]
        self.date_starts = [d.start for d in self.dates]
        self.doc_starts = [d.start for d in self.docs]
        self.spans = span_dates(self.text, self.dates)


@dataclass
class _Sentence:
    """One sentence with a signing verb: its span, the agencies that can be parties, its dates."""

    index: int
    start: int
    end: int
    verbs: list[re.Match]
    parties: list[AgencyMention]  # agencies outside titles, locations and parentheses
    all_agencies: list[AgencyMention]  # every agency mention, titles included (for signers)
    dates: list[DateMention]  # dates that are not a document's issue date
    by_signers: bool = False  # the current clause's subject was read from the titles of its signers


def signing_candidates(
    text: str,
    sentences: list[tuple[int, int]],
    agencies: list[AgencyMention],
    key_of,
    periods: list[PeriodMention],
    dates: list[DateMention],
    docs: list[DocMention],
    doc_dates: set[int],
    anaphor_resolver,
    title_end: int,
    ref_year: int | None = None,
    event_year: int | None = None,
    titled_names: list[tuple[int, int, AgencyMention]] | None = None,
) -> list[SigningCandidate]:
    """Signings reported by each sentence with a signing verb. ``event_year``: the year of the event the
    page reports, when earlier than the page's own (a late post): acts of that year are not old ones.
    ``titled_names``: (start, end, body) of the mentions of persons whose title named a body (see _named_signers)."""
    scan = _SigningScan(
        text,
        agencies,
        key_of,
        periods,
        dates,
        sorted(docs, key=lambda d: d.start),
        doc_dates,
        anaphor_resolver,
        title_end,
        ref_year,
    )
    scan.sentences = sentences
    scan.event_year = event_year
    scan.titled_names = titled_names or []
    out: list[SigningCandidate] = []
    for si, (s_start, s_end) in enumerate(sentences):
        sent = _signing_sentence(scan, si, s_start, s_end)
        if sent is None:
            continue
        for vi, v in enumerate(sent.verbs):
            c_end = sent.verbs[vi + 1].start() if vi + 1 < len(sent.verbs) else s_end
            items = _document_items(text, v.end(), c_end)
            if items:
                out.extend(_clause_candidate(scan, sent, v, i_end, i_start) for i_start, i_end in items)
            else:
                out.append(_clause_candidate(scan, sent, v, c_end))
                out[-1].listed = vi > 0 and ";" in text[sent.verbs[vi - 1].end() : v.start()]
                out[-1].ceremony = bool(_CEREMONY_OPENING.match(text, s_start))
                if (
                    vi > 0
                    and not out[-1].parties
                    and _COORDINATED_VERB.search(text, sent.verbs[vi - 1].end(), v.start())
                ):
                    out[-1].parties = _shared_subject(out[-2].parties)
                second = _second_document_act(scan, sent, v, c_end, out[-1])
                if second:
                    out.append(second)
    if any(c.organisers for c in out):
        _split_at_hubs(out, _with_hubs(scan, sentences))
    if any(not c.organisers and any(len(p) >= 3 for p in c.parties) for c in out):
        _split_joint_at_body_hubs(out, _with_hubs(scan, sentences, body_only=True))
    return out


# A sentence that opens with the signing ceremony: "Lễ ký kết diễn ra ngày ...", "Buổi lễ ký kết được tổ chức ...".
_CEREMONY_OPENING = re.compile(r"\s*(?:Buổi\s+)?[Ll]ễ\s+ký(?:\s+kết)?(?![\w])")
# "A ký kết chương trình ... và ký giao ước ...": a signing verb joined to the one before by "và" shares its subject.
_COORDINATED_VERB = re.compile(r"(?<![\w])và\s+(?:cùng\s+)?(?:đã\s+)?$", re.IGNORECASE)


def _shared_subject(parties: list[list[str]]) -> list[list[str]]:
    """The subject of the acts ``parties`` read for a verb: the party every one of them has (the hub of "với"
    pairs, or the whole joint list), as one act; none where they share none."""
    if not parties:
        return []
    common = set(parties[0]).intersection(*map(set, parties[1:]))
    return [[p for p in parties[0] if p in common]] if common else []


@lru_cache(maxsize=512)
def _main_clause_signing_verbs(text: str, s_start: int, s_end: int) -> tuple[re.Match, ...]:
    """The signing verbs of a sentence that no relative clause holds ("đơn vị đã ký kết ..."); kept per sentence
    because both the signer titles and the signing candidates read them (the text's hash is computed once)."""
    return tuple(
        v
        for v in _SIGN.finditer(text, s_start, s_end)
        if not _RELATIVE.search(text, max(s_start, v.start() - RELATIVE_WINDOW), v.start())
    )


@lru_cache(maxsize=512)
def _first_signing_verb(text: str, s_start: int, s_end: int) -> re.Match | None:
    """The first signing verb of a sentence, kept per sentence: the hub and term stages ask it for every body and
    period the sentence holds."""
    return _SIGN.search(text, s_start, s_end)


def _signing_verbs(scan: _SigningScan, s_start: int, s_end: int) -> list[re.Match]:
    """The sentence's verbs of a signing the article reports (not a relative clause, a plan, an old year)."""
    text = scan.text
    if _PLANNED_SENTENCE.match(text, s_start, s_end):
        return []  # "Theo dự kiến, trong quý I, A sẽ ký kết ...": not an event the article reports
    return [
        v
        for v in _main_clause_signing_verbs(text, s_start, s_end)
        if not _OBJECT_RELATIVE.search(text, max(s_start, v.start() - OBJECT_RELATIVE_WINDOW), v.start())
        and not _PLANNED.search(text, max(s_start, v.start() - PLANNED_WINDOW), v.start())
        and not _PREPARATION_OF.search(text, max(s_start, v.start() - PREPARATION_WINDOW), v.start())
        and not _signed_in_past_year(text, v.end(), s_end, scan.ref_year)
    ]


def _signing_sentence(scan: _SigningScan, si: int, s_start: int, s_end: int) -> _Sentence | None:
    """The sentence as a reported signing, or None (no verb, or it recalls an old signing)."""
    verbs = _signing_verbs(scan, s_start, s_end)
    if not verbs:
        return None
    text = scan.text
    lo_all, hi_all = bisect.bisect_left(scan.all_starts, s_start), bisect.bisect_left(scan.all_starts, s_end)
    lo, hi = bisect.bisect_left(scan.usable_starts, s_start), bisect.bisect_left(scan.usable_starts, s_end)
    in_sent = [
        a
        for a in scan.usable[lo:hi]
        if not a.is_location and not _inside_parens(text, s_start, a.start) and not in_anniversary_clause(text, a.start)
    ]
    in_sent = _fold_parents_in_apposition(text, in_sent)
    lo, hi = bisect.bisect_left(scan.date_starts, s_start), bisect.bisect_left(scan.date_starts, s_end)
    sent_dates = [d for d in scan.dates[lo:hi] if d.start not in scan.doc_dates and d.start not in scan.spans]
    if _reports_past(text, s_start, verbs[0].start(), sent_dates, scan.periods, scan.event_year or scan.ref_year):
        return None
    return _Sentence(si, s_start, s_end, verbs, in_sent, scan.agencies[lo_all:hi_all], sent_dates)


# The echelons of the army, lowest first: a unit named with a higher one after it belongs to it.
_ECHELON = re.compile(r"(Tiểu\s+đoàn|Trung\s+đoàn|Lữ\s+đoàn|Sư\s+đoàn|Quân\s+đoàn|Quân\s+khu)(?![\w])")
_ECHELON_RANK = {"tiểu đoàn": 1, "trung đoàn": 2, "lữ đoàn": 2, "sư đoàn": 3, "quân đoàn": 4, "quân khu": 4}


def _under_higher_echelon(text: str, unit: AgencyMention, parent: AgencyMention) -> bool:
    """ "Tiểu đoàn Bộ binh 1 - Trung đoàn 6", "Tiểu đoàn 3, Lữ đoàn 229": a unit and the higher echelon it belongs to,
    after a comma, a dash or nothing, are one party, the unit."""
    low, high = _ECHELON.match(unit.canonical), _ECHELON.match(parent.canonical)
    if not (low and high):
        return False
    if _ECHELON_RANK[WS.sub(" ", low.group(1)).lower()] >= _ECHELON_RANK[WS.sub(" ", high.group(1)).lower()]:
        return False
    return bool(
        _APPOSITION_GAP.fullmatch(text, unit.end, parent.start) or _DASH_GAP.fullmatch(text, unit.end, parent.start)
    )


def _fold_parents_in_apposition(text: str, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """The sentence's party mentions with each parent in apposition folded into the unit before it
    ("Phòng Tham mưu, BTL Vùng 4 Hải quân" is one party, the unit, spanning both names), and a ministry written
    before or after its department, with a dash between, folded into the department ("Bộ NN&PTNT - Cục Thú y",
    "Cục Quản lý khám, chữa bệnh - Bộ Y tế")."""
    out: list[AgencyMention] = []
    for a in mentions:
        unit = out[-1] if out else None
        if unit is not None and (
            (
                # (a youth union or another cell of the Front inside a command is the command's: "Đoàn cơ sở Hải đoàn
                # 21, Bộ Tư lệnh Vùng Cảnh sát biển 2")
                unit.sector in (a.sector, "front")
                and _UNIT_HEAD.match(unit.canonical)
                and _PARENT_HEAD.match(a.canonical)
                and _APPOSITION_GAP.fullmatch(text, unit.end, a.start)
            )
            or _under_higher_echelon(text, unit, a)
        ):
            out[-1] = replace(unit, end=a.end)
            continue
        before = out[-1] if out else None
        if before is not None and _DASH_GAP.fullmatch(text, before.end, a.start):
            # "Bộ NN&PTNT - Cục Thú y", "Cục Quản lý khám, chữa bệnh - Bộ Y tế": the department, with its ministry
            # written before or after it
            if _MINISTRY.match(before.canonical) and _DEPARTMENT_HEAD.match(a.canonical):
                out[-1] = replace(a, start=before.start)
                continue
            if _DEPARTMENT_HEAD.match(before.canonical) and _MINISTRY.match(a.canonical):
                out[-1] = replace(before, end=a.end)
                continue
        out.append(a)
    return out


def _document_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "ký kết các quy chế phối hợp, gồm: Quy chế ... giữa A với B, giai đoạn X; Quy chế ... giữa A và C":
    the spans of the documents listed (each with its own parties and period); none unless two or more
    items each name their parties with "giữa"."""
    colon = _ITEMS_OPEN.search(text, start, end)
    if not colon:
        return []
    items, pos = [], colon.end()
    for sep in [m.start() for m in _ITEM_SEP.finditer(text, pos, end)] + [end]:
        items.append((pos, sep))
        pos = sep + 1
    if len(items) < 2 or not all(_BETWEEN.search(text, a, b) for a, b in items):
        return []
    return items


# "với sự chứng kiến của", "trước sự chứng kiến của", "dưới sự chủ trì của": the bodies after it witness or chair the act.
_WITNESSED_BY = re.compile(
    r"(?:,\s*)?(?<![\w])(?:với|trước|dưới)\s+sự\s+(?:chứng\s+kiến|tham\s+dự|có\s+mặt|chủ\s+trì)(?![\w])",
    re.IGNORECASE,
)


def _clause_candidate(
    scan: _SigningScan, sent: _Sentence, v: re.Match, c_end: int, c_start: int | None = None
) -> SigningCandidate:
    """The signing told by the clause of verb ``v`` (up to the next verb or the sentence end), or by one
    item of the documents it lists (``c_start``..``c_end``)."""
    text, key_of = scan.text, scan.key_of
    item = c_start is not None
    c_start = v.start() if c_start is None else c_start
    witnessed = _WITNESSED_BY.search(text, c_start, c_end)
    if witnessed:
        c_end = witnessed.start()  # "..., với sự chứng kiến của lãnh đạo Tỉnh ủy": those bodies witness, not sign
    after = [a for a in sent.parties if c_start <= a.start < c_end]
    sent.by_signers = False
    subject_keys = _clause_subject(scan, sent, v)
    agents = _passive_agents(text, after, c_start)
    organisers = bool(agents) or _organised_by_subject(scan, sent, v)
    if agents:
        after = [a for a in after if a not in agents]
        subject_keys = subject_keys or _unique([key_of(a) for a in agents])
    subject_keys = _between_named_signers(text, after, subject_keys, c_start, c_end, key_of)
    parties = _member_list_parties(scan, after, subject_keys, c_start, c_end)
    if not parties and not subject_keys:
        parties = _counted_subject_pairs(scan, sent, v, after, c_end)
    if not parties:
        parties = _between_parties(text, after, c_start, c_end, key_of, scan)
    if not parties:
        parties = _with_parties(scan, after, subject_keys, c_start, c_end)
    if not parties:
        parties = _group_partner_parties(scan, after, subject_keys, c_start, c_end)
    if not parties:
        parties = _named_parties(text, after, sent.parties, subject_keys, c_start, c_end, key_of)
        # One person signing for his body ("Ông A, Giám đốc Công an tỉnh ký ...") shows one side of an act.
        if parties and len(parties[0]) == 1 and sent.by_signers:
            parties = []
    if not parties and not subject_keys:
        parties = _partners_of_non_body_subject(scan, sent, v, after, c_end)
    if not parties and not subject_keys:
        parties = _signers_listed_after_verb(scan, sent, v, after, c_end)
    if not parties and not after and not subject_keys:
        # "tổ chức Hội nghị sơ kết ... giữa A với B, C năm 2023; ký kết chương trình ... năm 2024": a
        # signing clause with no party of its own takes the partnership the sentence's review names
        # (only a hub's pairs, "giữa A với B, C": a joint "giữa A và B" review may name the bodies otherwise)
        before = [a for a in sent.parties if sent.start <= a.start < v.start()]
        reviewed = _between_parties(text, before, sent.start, v.start(), key_of)
        parties = reviewed if _hub_between(text, before, sent.start, v.start()) else []
    if not parties and not after and not subject_keys and _both_sides_subject(text, sent.start, v.start()):
        # "Tại hội nghị, hai bên đã ký kết quy chế ...", "lãnh đạo 2 ngành đã ký kết ...": the two bodies
        # the article last named as the sides of a partnership ("giữa A và B"), else as a subject
        pair = _pair_named_before(scan, sent.start) or _pair_subject_before(scan, sent.index)
        parties = [pair] if pair else []
    if not parties and not after and not subject_keys and _SUBJECTLESS_OPENING.fullmatch(text, sent.start, v.start()):
        # "... đã thảo luận, trao đổi kinh nghiệm. Đồng thời, ký kết quy chế ...": a sentence with no
        # subject goes on with the one before it; its subject signs
        previous = _sentence_subject(scan, sent.index - 1)
        parties = [previous] if previous else []
    pact = _EMULATION_PACT.match(text, v.end())
    if pact and (_BLOC.search(text, sent.start, v.start()) or _MEMBERS_OF_BLOC.search(text, pact.end(), c_end)):
        # "Khối thi đua ... ký giao ước thi đua", "ký kết Giao ước thi đua năm 2024 của các thành viên trong Cụm thi
        # đua số 02": the bloc is no body; its named members sign (those named by their role in it, else those listed
        # under it, where the list holds them all: "gồm 08 đơn vị: A – Cụm trưởng, B – Cụm phó, C, D ...")
        bloc = _bloc_group(scan, v.start())
        listed = bloc.keys if bloc else []
        by_role = scan.bloc_members if len(scan.bloc_members) >= 2 else []
        members = listed if by_role and set(by_role) < set(listed) else (by_role or listed)
        # members left unnamed: the bloc's head named by its role signs alone ("A làm Cụm trưởng")
        members = members or scan.bloc_members
        parties = [list(members)] if members else []
    if v.group(0)[:3].lower() == "ban":  # a joint issue ("ban hành"): no signing by one body alone
        parties = [p for p in parties if len(p) >= JOINT_ISSUE_MIN_PARTIES]
    period = (
        _period_in(scan.periods, c_start, c_end, text, _sign_year(scan, sent))
        if item
        else _clause_period(scan, sent, v, c_end)
    )
    doc = _signed_document(scan, v, c_end)
    mentioned = set(subject_keys) | {key_of(a) for a in sent.parties}
    # each document of a list has its own terms (it borrows no period)
    separate = item or bool(
        _SECOND_ACT.match(text, sent.start, sent.end)
        or _ALSO.search(text, max(sent.start, v.start() - ALSO_WINDOW), v.start())
    )
    recent = bool(
        _RECENT_SENTENCE.match(text, sent.start, sent.end)
        or _RECENT.search(text, max(sent.start, v.start() - RECENT_WINDOW), v.start())
    )
    return SigningCandidate(
        sent.index,
        parties,
        period,
        sent.dates[0] if sent.dates else None,
        doc,
        mentioned,
        sent.end <= scan.title_end,
        separate,
        recent,
        organisers,
        kind=_signed_kind(text, v.end()),
    )


def _partners_of_non_body_subject(
    scan: _SigningScan, sent: _Sentence, v: re.Match, after: list[AgencyMention], c_end: int
) -> list[list[str]]:
    """ "Trường Cao đẳng X ký kết chương trình phối hợp với Công an tỉnh": a school, a hospital or a firm signs
    with the bodies after "với", and is no body of the facts: each of them keeps its signing, alone."""
    text = scan.text
    if any(a.start < v.start() for a in sent.parties if a.start >= sent.start):
        return []
    if not _NON_AGENCY_PARTNER.search(text, sent.start, v.start()):
        return []
    with_ = _WITH.search(text, v.end(), c_end)
    first = next((i for i, a in enumerate(after) if with_ and a.start >= with_.end()), None)
    if with_ is None or first is None or text[with_.end() : after[first].start].strip():
        return []
    members, _ = _agency_list(text, after, first)
    return [[scan.key_of(a)] for a in members]


# "các cơ quan, đơn vị tham gia vào đề án cùng tiến hành ký kết hợp tác, gồm: A; B; C": the signers named by their
# kind before the verb and listed after it
_PLURAL_SIGNERS = re.compile(
    r"(?<![\w])(?:các|những)\s+(?:cơ\s+quan|đơn\s+vị|bên|ngành|bộ,?\s+ngành|lực\s+lượng)(?![\w])", re.IGNORECASE
)
_LISTED_AFTER = re.compile(r"[^.;:\n]{0,60}?[\s,]*(?:(?:bao\s+)?gồm\s*:?|:)\s*", re.IGNORECASE)


def _mention_at(mentions: list[AgencyMention], pos: int) -> int | None:
    """The index of the mention that starts at ``pos``, or None."""
    return next((i for i, a in enumerate(mentions) if a.start == pos), None)


def _signers_listed_after_verb(
    scan: _SigningScan, sent: _Sentence, v: re.Match, after: list[AgencyMention], c_end: int
) -> list[list[str]]:
    """The signers listed after the verb ("..., gồm: A; B; C") where the subject names them by their kind ("các cơ
    quan, đơn vị"): one joint signing of the list (two or more bodies)."""
    text = scan.text
    if not _PLURAL_SIGNERS.search(text, sent.start, v.start()):
        return []
    opened = _LISTED_AFTER.match(text, v.end(), c_end)
    if not opened:
        return []
    first = _mention_at(after, opened.end())
    if first is None:
        return []
    keys = _unique([scan.key_of(a) for a in _listed_members(text, after, first, semicolons=True)])
    return [keys] if len(keys) >= 2 else []


def _second_document_act(
    scan: _SigningScan, sent: _Sentence, v: re.Match, c_end: int, first: SigningCandidate
) -> SigningCandidate | None:
    """ "ký kết Chương trình phối hợp giai đoạn 2025-2030 và Kế hoạch phối hợp năm 2025 giữa A với B": two documents
    of two terms signed in one act are two signings of the same parties, each with its term. ``first`` is narrowed
    to the first document's term; the second act is returned. Only where both terms are printed and differ (one term
    after both documents is theirs together)."""
    text = scan.text
    if not first.parties or not first.kind:
        return None
    second = _SECOND_DOCUMENT.search(text, v.end(), c_end)
    if second is None or WS.sub(" ", second.group(1)).lower() == first.kind:
        return None
    parties_at = _PARTIES_OPEN.search(text, second.end(), c_end)
    year = _sign_year(scan, sent)
    first_term = _period_in(scan.periods, v.end(), second.start(), text, year)
    second_term = _period_in(scan.periods, second.end(), parties_at.start() if parties_at else c_end, text, year)
    if first_term is None or second_term is None or first_term == second_term:
        return None
    first.period = first_term
    return replace(
        first,
        parties=[list(p) for p in first.parties],
        period=second_term,
        mentioned=set(first.mentioned),
        kind=WS.sub(" ", second.group(1)).lower(),
    )


def _signed_kind(text: str, verb_end: int) -> str:
    """The kind of document printed right after the signing verb ("ký kết kế hoạch ...": "kế hoạch")."""
    m = _SIGNED_KIND.match(text, verb_end)
    return WS.sub(" ", m.group(1)).lower() if m else ""


def _both_sides_subject(text: str, s_start: int, verb: int) -> bool:
    """ "Tại hội nghị, hai bên đã ký kết", "Sáng 5/3, hai đơn vị tổ chức hội nghị tổng kết ... và ký kết":
    the two sides, named by a count, are the subject of the signing verb."""
    for m in _BOTH_SIDES.finditer(text, s_start, verb):
        before = text[s_start : m.start()].rstrip()  # empty where the sides open the sentence
        if (not before or _BEFORE_SUBJECT.search(before + " ")) and _is_subject_gap(
            _gap_without_notes(text[m.end() : verb])
        ):
            return True
    return False


def _pair_subject_before(scan: _SigningScan, si: int) -> list[str]:
    """The two bodies that open one of the few sentences before ``si`` as its subject."""
    for j in range(si - 1, max(-1, si - 1 - PAIR_LOOKBACK), -1):
        keys = _sentence_subject(scan, j, acting=True)
        if len(keys) == 2:
            return keys
    return []


def _pair_named_before(scan: _SigningScan, pos: int) -> list[str]:
    """The keys of the last "giữa A và B" (or "giữa A với B") before ``pos`` that names exactly two bodies."""
    text = scan.text
    for between in reversed([m for m in _BETWEEN.finditer(text, 0, pos)]):
        k = bisect.bisect_left(scan.usable_starts, between.end())
        bodies = [a for a in scan.usable[k : k + 4] if not a.is_location and a.start < pos]
        first = _first_after_between(text, bodies, between.end())
        if first is None:
            continue
        lst, _ = _agency_list(text, bodies, first)
        keys = _unique([scan.key_of(a) for a in lst])
        if len(keys) == 2:
            return keys
    return []


def _sentence_subject(scan: _SigningScan, si: int, acting: bool = False) -> list[str]:
    """Keys of the list of bodies that opens sentence ``si`` as its subject (after an adverbial such as
    "Tại hội nghị," and "đại diện lãnh đạo"), when a predicate, not a preposition, follows it; with
    ``acting``, not when that predicate only attends or witnesses ("... dự tại điểm cầu tỉnh")."""
    if si < 0 or si >= len(scan.sentences):
        return []
    s_start, s_end = scan.sentences[si]
    text = scan.text
    lo, hi = bisect.bisect_left(scan.usable_starts, s_start), bisect.bisect_left(scan.usable_starts, s_end)
    bodies = [a for a in scan.usable[lo:hi] if not a.is_location and not _inside_parens(text, s_start, a.start)]
    return _unique([scan.key_of(a) for a in _opening_subject(text, s_start, s_end, bodies, acting)])


def _organised_by_subject(scan: _SigningScan, sent: _Sentence, v: re.Match) -> bool:
    """ "A cùng B, C tổ chức hội nghị ký kết": the subject list organises the act the verb names."""
    before = [a for a in sent.parties if a.end <= v.start()]
    return bool(before and _ORGANISING_GAP.match(_gap_without_notes(scan.text[before[-1].end : v.start()])))


def _with_hubs(scan: _SigningScan, sentences: list[tuple[int, int]], body_only: bool = False) -> dict[str, set[str]]:
    """Bodies that a sentence telling the signing (headline, caption, lead) reads as the one side of a
    "với" signing: "ký kết ... giữa A với ..." or "A ký kết ... với ...", each with the kinds of document
    those sentences sign. A "giữa A với" in prose that tells no signing ("phối hợp hoạt động giữa A với
    các đơn vị") describes the relation, not the act."""
    text = scan.text
    hubs: dict[str, set[str]] = {}
    starts = [st for st, _ in sentences]
    for a in scan.agencies:
        if a.is_location or (body_only and a.start < scan.title_end):
            continue
        i = bisect.bisect_right(starts, a.start) - 1
        verb = _first_signing_verb(text, sentences[i][0], sentences[i][1]) if i >= 0 else None
        if verb is None:
            continue
        if (
            (_BETWEEN_BEFORE.search(text, max(0, a.start - 8), a.start) and _WITH_AFTER.match(text, a.end))
            or _SIGNS_WITH_AFTER.match(text, a.end)
            or _partner_of_counted_subject(text, a, sentences[i][0], verb)
        ):
            hubs.setdefault(scan.key_of(a), set()).add(_signed_kind(text, verb.end()))
    return hubs


_WITH_BEFORE = re.compile(r"(?<![\w])với\s+$", re.IGNORECASE)


def _partner_of_counted_subject(text: str, a: AgencyMention, s_start: int, verb: re.Match) -> bool:
    """ "5 đơn vị ký quy chế phối hợp với A, bao gồm B, C": A, the partner each listed member signs with."""
    intro = _MEMBERS_AFTER_PARTNER.match(text, a.end)
    return bool(
        a.start > verb.end()
        and _WITH_BEFORE.search(text, max(0, a.start - 8), a.start)
        and intro
        and intro.end() > a.end
        and _COUNTED_SUBJECT.search(text, s_start, verb.start())
    )


def _split_at_hubs(cands: list[SigningCandidate], hubs: dict[str, set[str]]) -> None:
    """An organisers' joint list whose first member another sentence reads as a "với" hub signs with
    each of the others ("A cùng B, C tổ chức hội nghị ký kết" under the headline "giữa A với B, C")."""
    for c in cands:
        if not c.organisers:
            continue
        split: list[list[str]] = []
        for parties in c.parties:
            if len(parties) >= 3 and parties[0] in hubs:
                split.extend([parties[0], k] for k in parties[1:])
            else:
                split.append(parties)
        c.parties = split


def _split_joint_at_body_hubs(cands: list[SigningCandidate], hubs: dict[str, set[str]]) -> None:
    """A joint list whose first member a body sentence reads as a "với" hub ("A ký kết quy chế với 3 xã
    biên giới" in the lead; "A và UBND các xã X, Y, Z ký kết" in the caption) is that hub signing with
    each of the others, as "với" says. Not a second act told apart ("Nhân dịp này, A và B, C cũng ký
    kết"), whose pairs the repeat rules read, nor a headline (whose "với" reads as loosely as its "và"),
    nor a list that signs another kind of document than the hub ("A, B và C ký kết giao ước thi đua")."""
    for c in cands:
        if c.organisers or c.separate or c.in_title:
            continue
        split: list[list[str]] = []
        for parties in c.parties:
            kinds = hubs.get(parties[0], set())
            if len(parties) >= 3 and kinds and (not c.kind or c.kind in kinds or "" in kinds):
                split.extend([parties[0], k] for k in parties[1:])
            else:
                split.append(parties)
        c.parties = split


# the verbs that carry out a document or an instruction ("thực hiện Nghị quyết ...", "căn cứ Chỉ thị ...")
_CARRYING_OUT = r"triển\s+khai|thực\s+hiện|cụ\s+thể\s+hóa|theo|căn\s+cứ"
# "Dưới sự chủ trì / chỉ đạo / chứng kiến của X, A và B ký kết", "Thực hiện chỉ đạo của X, A và B ký kết", "Căn cứ
# Chỉ thị số 16-CT/TW của X, A và B ...": X opens the sentence in an adverbial (it presides, directs, witnesses or
# issued the basis of the act), set off by a comma from the subject that signs
_PRESIDED_BY = re.compile(
    r"(?<![\w])(?:(?:dưới|với|trước)\s+sự\s+(?:chủ\s+trì|chỉ\s+đạo|chứng\s+kiến|tham\s+dự|có\s+mặt)\s+(?:của\s+)?|"
    rf"(?:{_CARRYING_OUT}|được\s+sự|nhằm)(?![\w])[^,;]{{0,80}}?\s+của\s+)"
    rf"(?:(?:lãnh\s+đạo|đại\s+diện|{lexicon.COMRADE})\s+)?$",
    re.IGNORECASE,
)
_COMMA_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?,")


# Between two signers named without their titles: "và", a comma, and the next one's form of address or rank (the
# ranks of the lexicon, ranks.txt).
_ADDRESS_OR_RANK = rf"(?:(?:{lexicon.COMRADE}|ông|bà|{lexicon.alternation(lexicon.ranks())})\s+)?"
_SIGNER_SEP = re.compile(rf"\s*(?:,\s*(?:và\s+)?|và\s+){_ADDRESS_OR_RANK}$", re.IGNORECASE)
_SIGNER_OPENING = re.compile(
    r"(?:^|[,:]\s*|(?:thay\s+mặt|đại\s+diện)(?:\s+(?:lãnh\s+đạo\s+)?(?:hai|ba|các)\s+(?:đơn\s+vị|cơ\s+quan|bên|ngành))?\s*,?\s*)"
    rf"{_ADDRESS_OR_RANK}$",
    re.IGNORECASE,
)


def _named_signers(scan: _SigningScan, sent: _Sentence, v: re.Match) -> list[str]:
    """ "Tại hội nghị, đồng chí Nguyễn Văn Hải và Đại tá Trần Văn Nam đã ký kết ...", the two introduced with their
    titles earlier ("đồng chí Nguyễn Văn Hải, Trưởng Ban Dân vận Tỉnh ủy"): the bodies of those titles sign.
    Two or more such names must form the subject list right before the verb."""
    names = [n for n in scan.titled_names if sent.start <= n[0] and n[1] <= v.start()]
    listed = _signers_opening_the_sentence(scan.text, sent.start, v.start(), names)
    keys = _unique([scan.key_of(body) for _, _, body in listed])
    return keys if listed and len(keys) == len(listed) else []


def _signers_opening_the_sentence(
    text: str, s_start: int, verb: int, signers: list[tuple[int, int, AgencyMention]]
) -> list[tuple[int, int, AgencyMention]]:
    """The last two or more of ``signers`` ((start, end, body), in text order, before ``verb``) when they form the
    subject list that opens the sentence and runs up to the verb, else []."""
    if len(signers) < 2 or not _is_subject_gap(text[signers[-1][1] : verb]):
        return []
    k = len(signers) - 1
    while k > 0 and _SIGNER_SEP.fullmatch(text, signers[k - 1][1], signers[k][0]):
        k -= 1
    listed = signers[k:]
    return listed if len(listed) >= 2 and _SIGNER_OPENING.search(text[s_start : listed[0][0]]) else []


# A signing verb right after a comma or a semicolon (and "đồng thời", "cũng", "tiếp tục"): a second predicate of the
# sentence's subject, not a new clause with a subject of its own
_SECOND_PREDICATE = re.compile(
    r"\s*[,;]\s*(?:(?:đồng\s+thời|cũng|đã|tiếp\s+tục|còn)\s*,?\s*)*$",
    re.IGNORECASE,
)


# A word that makes the body after it its object or complement ("trực thuộc C", "của C", "tại C"), and a signing verb
# joined by "và" as the next predicate of the sentence's subject ("... và ký kết", "... và tổ chức ký kết")
_AN_OBJECT_BEFORE = re.compile(
    r"(?<![\w])(?:(?:trực\s+)?thuộc|của|tại|cho|về|ở|trên|đối\s+với)\s+(?:các\s+)?$", re.IGNORECASE
)
OBJECT_WORD_WINDOW = 20
_WITH_BEFORE = re.compile(r"(?<![\w])với\s+(?:các\s+)?$", re.IGNORECASE)
# ", các cơ sở giáo dục trực thuộc ": a listed kind of units that belong to the next body
_OWNED_MEMBERS = re.compile(r"^\s*,\s*(?:các|những)\s+[^,;.()\d]{1,40}?\s+(?:trực\s+thuộc|thuộc)\s*$", re.IGNORECASE)
_PARENT_LINK = re.compile(r"\s*(?:trực\s+)?thuộc\s*", re.IGNORECASE)
_PARTNER_WORD = re.compile(r"(?<![\w])(?:giữa|với)(?![\w])", re.IGNORECASE)
_THIS_UNIT_AND = re.compile(r"(?<![\w])(?:đơn\s+vị|cơ\s+quan)\s+này\s+(?:và|cùng(?:\s+với)?)\s+$", re.IGNORECASE)
THIS_UNIT_WINDOW = 25
THIS_UNIT_REACH = 80  # from the body named last to "Đơn vị này"
_AND_NEXT_PREDICATE = re.compile(rf"(?<![\w])và\s+(?:(?:đã|cùng|{_HOLDS}|(?:buổi\s+)?lễ)\s+)*$", re.IGNORECASE)


def _opening_subject(
    text: str, s_start: int, s_end: int, bodies: list[AgencyMention], acting: bool = False
) -> list[AgencyMention]:
    """The list of ``bodies`` (the sentence's, in order) that opens the sentence as its subject (after an adverbial
    such as "Tại hội nghị," and "đại diện lãnh đạo"), when a predicate, not a preposition, follows it; with
    ``acting``, not when that predicate only attends or witnesses. None otherwise."""
    if not bodies or not _SUBJECT_OPENING.fullmatch(text, s_start, bodies[0].start):
        return []
    lst, with_first = _agency_list(text, bodies, 0)
    predicate = _gap_without_notes(text[lst[-1].end : s_end])
    if with_first or _NOT_SUBJECT_START.match(predicate) or (acting and _ATTENDS.match(predicate)):
        return []
    return lst


def _clause_subject(scan: _SigningScan, sent: _Sentence, v: re.Match) -> list[str]:
    """Keys of the agencies that sign as the verb's subject: the list right before it, the bodies of
    the signers' titles, or a bare head standing for a body named earlier."""
    text = scan.text
    earlier = [u for u in sent.verbs if u.end() <= v.start()]
    if earlier and _SECOND_PREDICATE.search(text, earlier[-1].end(), v.start()):
        # "A ký kết chương trình với B, (đồng thời) ký kết quy chế với C": the second verb shares the first's subject
        return _clause_subject(scan, sent, earlier[-1])
    before = [a for a in sent.parties if a.end <= v.start()]
    if len(before) >= 2 and not before[-2].listed and _PARENT_LINK.fullmatch(text, before[-2].end, before[-1].start):
        # "A và đoàn cơ sở Hải đội 322 thuộc Hải đoàn 32 ký kết": the unit's parent is no subject (the members of a
        # list, "các Tiểu đoàn 1, 2, 3 trực thuộc C", are read with their owner as they were)
        before.pop()
    if (
        before
        and _both_sides_subject(text, before[-1].end, v.start())
        and not _sides_stand_for_bodies_before(scan, before[-1], v.start())
    ):
        return []  # "..., từ Khóa XIV của Quốc hội, hai cơ quan đã ký": the two sides sign, not a body named before them
    plural = _PLURAL_SUBJECT.search(text, max(sent.start, v.start() - PLURAL_SUBJECT_WINDOW), v.start())
    plural_member: list[str] = []  # "A và các đồn biên phòng ký kết": the plural is the list's last member
    if plural and before and plural.start() >= before[-1].end:
        plural_keys = _bodies_of_kind(scan, plural.group(1), plural.start())
        if plural_keys and _SEP_JOINT.match(_gap_without_notes(text[before[-1].end : plural.start()])):
            plural_member = plural_keys
        elif plural_keys:
            # "..., các hạt kiểm lâm vùng giáp ranh đã ký kết": a plural subject of its own stands between
            # the last body named and the verb; that body is no subject
            return plural_keys
    subject: list[AgencyMention] = []
    if before and _is_subject_gap(_gap_without_notes(text[before[-1].end : v.start()])):
        k = len(before) - 1
        joined_by_and = False
        owners: set[int] = set()  # bodies named only as the owners of a listed kind ("các trường trực thuộc C")
        while k > 0:
            sep = _gap_without_notes(text[before[k - 1].end : before[k].start])
            if _OWNED_MEMBERS.match(sep):
                owners.add(k)  # "A, các cơ sở giáo dục trực thuộc C, D đã ký kết": the schools sign, not C
                k -= 1
                continue
            if not (_joins(sep, before[k - 1], before[k]) or _SEP_WITH.match(sep) or _titled_member(sep, before[k])):
                break
            if _LAST_AND.match(sep) and not _within_spread_list(before[k - 1], before[k]):
                if joined_by_and:
                    # "giữa A và B, C và D cũng ký": a list has one "và", before its last item; the
                    # subject list opens after the comma that ended the earlier one
                    while k < len(before) - 1 and not _COMMA_ONLY.match(
                        _gap_without_notes(text[before[k].end : before[k + 1].start])
                    ):
                        k += 1
                    k += 1
                    break
                joined_by_and = True
            k -= 1
        subject = [b for i, b in enumerate(before[k:], k) if i not in owners]
        # (none where the list that opened after a closed pair ran to the verb with no body of its own)
        if (
            subject
            and _AN_OBJECT_BEFORE.search(text, max(sent.start, subject[0].start - OBJECT_WORD_WINDOW), subject[0].start)
            and _AND_NEXT_PREDICATE.search(text, subject[-1].end, v.start())
        ):
            # "A, B đã tổ chức hội nghị ... tại các cơ sở trực thuộc C, giai đoạn 2010 - 2015 và ký kết ...": C is the
            # object of another word in the first predicate; the verb is the second predicate of the opening list
            subject = _opening_subject(text, sent.start, sent.end, before)
        elif (
            subject
            and _WITH_BEFORE.search(text, max(sent.start, subject[0].start - OBJECT_WORD_WINDOW), subject[0].start)
            and _SECOND_PREDICATE.match(text, subject[-1].end, v.start())
        ):
            # "A tổ chức hội nghị sơ kết chương trình năm 2019 với B, ký kết chương trình năm 2020": B is the first
            # predicate's partner, and the verb after the comma is the opening subject's second predicate
            opening = _opening_subject(text, sent.start, sent.end, before)
            if opening and opening[-1].end < subject[0].start:
                subject = opening + subject
        if (
            len(subject) >= 2
            and _PRESIDED_BY.search(text, max(sent.start, subject[0].start - PRESIDED_WINDOW), subject[0].start)
            and _COMMA_AFTER.match(text, subject[0].end)
        ):
            subject = subject[1:]  # "dưới sự chủ trì của X, A và B ký kết": X presides, A and B sign
    if (
        not subject
        and before
        and _SECOND_PREDICATE.search(text, before[-1].end, v.start())
        and not _PARTNER_WORD.search(text, sent.start, v.start())
    ):
        # "A và B tổ chức hội nghị tại C, ký kết ...": no subject right before the verb after the comma; it is the
        # second predicate of the list that opens the sentence (where no "giữa" or "với" names the partners)
        subject = _opening_subject(text, sent.start, sent.end, before)
    if not subject or all(a.signer for a in subject):
        # "Đại tá A, Chỉ huy trưởng Bộ CHQS tỉnh và bà B, Chủ tịch Hội LHPN tỉnh đã ký kết":
        # the bodies of the signers' titles sign.
        subject = [a for a in sent.all_agencies if a.signer and a.end <= v.start()] or subject
    subject_keys = [scan.key_of(a) for a in subject]
    if not subject_keys and not plural:
        subject_keys = _named_signers(scan, sent, v)
        sent.by_signers = sent.by_signers or bool(subject_keys)
    if subject:
        # "A và 2 đồn biên phòng (cũng) ký kết": the number stands for the bodies of that kind named before
        joint = _JOINT_BEFORE_NUMBER.match(text, subject[-1].end, v.start())
        if joint and _capitalised_words(joint.group("place")):
            subject_keys += _numbered_reference(scan, joint.end(), joint.end()) or [
                k for k in _counted_group(scan, joint.end()) if k not in subject_keys
            ]
    if subject and plural_member:
        subject_keys += [k for k in plural_member if k not in subject_keys]
    if subject:
        # "Tin từ Kho bạc Nhà nước tỉnh cho biết: Đơn vị này và Công an tỉnh vừa ký kết ...": "this unit" is the body
        # named last before it
        this = _THIS_UNIT_AND.search(text, max(0, subject[0].start - THIS_UNIT_WINDOW), subject[0].start)
        named = [a for a in scan.agencies if a.end <= this.start()] if this is not None else []
        last = max(named, key=lambda a: a.end) if named else None
        if (
            this is not None
            and last is not None
            and this.start() - last.end <= THIS_UNIT_REACH
            and scan.key_of(last) not in subject_keys
        ):
            subject_keys.insert(0, scan.key_of(last))
    if subject and all(a.signer for a in subject):
        sent.by_signers = True
    if not subject_keys and plural:
        # "Đại diện các đảng ủy ký kết ...": every body of that kind the article named before
        subject_keys = _bodies_of_kind(scan, plural.group(1), plural.start())
        if not subject_keys:
            # "các thành viên đã thống nhất ký kết" after "12 hội thành viên gồm A, B, ...": the listed members
            group = _group_of_kind(scan, plural.group(1), plural.start())
            subject_keys = list(group.keys) if group else []
        if not subject_keys:
            # a photo's caption that opens the report ("Đại diện các đảng ủy ký kết ... Ảnh: X"), before the text that
            # names the bodies: those of that kind the next sentences name
            subject_keys = _bodies_of_kind(scan, plural.group(1), _after_sentences(scan, sent.index, FORWARD_SENTENCES))
    if not subject_keys:
        subject_keys = _counted_head_subject(scan, sent, v)
    if not subject_keys:
        m = _ANAPHOR.search(text, max(sent.start, v.start() - ANAPHOR_WINDOW), v.start())
        if m:
            resolved = scan.anaphor_resolver(m.group(1))
            if resolved:
                subject_keys = [resolved]
    return subject_keys


# A document the signed one carries out, named by its kind in capitals after a verb of carrying out ("nhằm triển khai
# Nghị quyết liên tịch số 01 giữa ...", "để cụ thể hóa Chỉ thị ..."): the parties it names are not the signing's.
_CARRIED_OUT_DOCUMENT = re.compile(
    rf"(?<![\w])(?:(?:nhằm|để)\s+)?(?:{_CARRYING_OUT})\s+(?:(?:các|có\s+hiệu\s+quả)\s+)?"
    r"(?:(?-i:Nghị\s+quyết|Chỉ\s+thị|Kết\s+luận|Quyết\s+định|Hướng\s+dẫn|Thông\s+tư|Nghị\s+định|Quy\s+chế|Chương\s+trình|Kế\s+hoạch)(?![\w])"
    # ("nhằm cụ thể hóa việc triển khai thực hiện các nội dung thỏa thuận hợp tác giữa A và B": an earlier agreement)
    rf"|(?:(?:việc|các|nội\s+dung|{_CARRYING_OUT})\s+)*thỏa\s+thuận(?![\w]))",
    re.IGNORECASE,
)


def _between_parties(
    text: str, after: list[AgencyMention], c_start: int, c_end: int, key_of, scan: _SigningScan | None = None
) -> list[list[str]]:
    """ "ký kết ... giữa A, B và C" (one joint signing) or "giữa A với B và C" (A with each)."""
    # "... nhằm triển khai Nghị quyết liên tịch giữa X và Y": the parties of a document the act carries out
    cited = _CARRIED_OUT_DOCUMENT.search(text, c_start, c_end)
    between = _BETWEEN.search(text, c_start, cited.start() if cited else c_end)
    if not between:
        return []
    g_pos = between.end()
    first = _first_after_between(text, after, g_pos)
    if first is None:
        after_firm = _parties_after_a_firm(text, after, g_pos, c_end, key_of)
        if after_firm:
            return after_firm
        # "lễ kết nghĩa giữa Lữ đoàn và phường Vân Phú": the unit named by its bare head, with a partner that is no body
        if scan is None:
            return []
        head = _BARE_HEAD_BETWEEN.match(text, g_pos, c_end)
        resolved = scan.anaphor_resolver(WS.sub(" ", head.group(1))) if head else None
        return [[resolved]] if resolved else []
    lst, with_first = _agency_list(text, after, first)
    keys = _unique([key_of(a) for a in lst])
    if len(keys) == 1 and scan is not None:
        # "giữa Viện kiểm sát quân sự với Viện kiểm sát nhân dân 6 tỉnh": the counted bodies, named elsewhere
        w = _WITH_AFTER.match(text, lst[0].end)
        counted = _counted_head_reference(scan, _skip_spaces(text, w.end())) if w else []
        if not counted:
            # "giữa Bộ Công an và các cơ quan truyền thông giai đoạn 2012-2015, gồm: A, B, C": the kind's listed members
            listed, joint = _kind_listed_after(text, after, lst[0].end, c_end)
            if listed:
                keys += [k for k in _unique([key_of(a) for a in listed]) if k not in keys]
                return [keys] if joint else [[keys[0], k] for k in keys[1:]]
        keys += [k for k in counted if k not in keys]
        with_first = True
    passed_non_body = False
    if with_first:
        lst, passed_non_body = _past_non_body_partners(text, after, lst, c_end)
        keys += [k for k in _unique([key_of(a) for a in lst]) if k not in keys]
    if not with_first:
        right = _with_list_after(text, after, lst[-1])
        if right:
            # "giữa HĐND, UBND tỉnh với (đại diện) Kiểm toán Nhà nước khu vực 6": each on the left with each after "với"
            others = [k for k in _unique([key_of(a) for a in right]) if k not in keys]
            return [[k, o] for k in keys for o in others]
    if len(keys) < 2:
        return []
    if not with_first:
        return [keys]
    pairs = [[keys[0], k] for k in keys[1:]]
    # "giữa A với B, Công ty C và D": the firm is a partner but no body; A's signing with it keeps A alone
    return [*pairs, [keys[0]]] if passed_non_body else pairs


# "và / với các cơ quan truyền thông (giai đoạn 2012-2015), gồm:": a plural kind, then the list marker of its members
_KIND_THEN_LIST = re.compile(
    r"\s*(?P<joint>và|với)\s+các\s+(?:[^\W\d_]+\s+){0,5}?[^\W\d_.;:]*[^.;:\n]{0,40}?(?:,\s*)?(?:bao\s+)?gồm\s*:?\s*",
    re.IGNORECASE,
)


def _kind_listed_after(text: str, after: list[AgencyMention], end: int, c_end: int) -> tuple[list[AgencyMention], bool]:
    """The bodies listed after "và các <kind> ..., gồm:" at ``end`` (and whether "và" joins them with the first party,
    rather than "với"), or ([], False)."""
    m = _KIND_THEN_LIST.match(text, end, c_end)
    if not m:
        return [], False
    starts = [a.start for a in after]
    k = bisect.bisect_left(starts, m.end())
    if k >= len(after) or text[m.end() : after[k].start].strip():
        return [], False
    members = _listed_members(text, after, k)
    return (members, m.group("joint").lower() == "và") if len(members) >= 2 else ([], False)


def _parties_after_a_firm(text: str, after: list[AgencyMention], g_pos: int, c_end: int, key_of) -> list[list[str]]:
    """ "giữa Công ty X và A, B": the firm first after "giữa" is a party but no body; the bodies after it keep their
    signing, jointly after "và", each alone after "với" (the firm is the hub). [] where no firm leads."""
    lead = _NON_BODY_LEAD.match(text, g_pos, c_end)
    first = _mention_at(after, lead.end()) if lead else None
    if lead is None or first is None:
        return []
    keys = _unique([key_of(a) for a in _agency_list(text, after, first)[0]])
    return [keys] if lead.group("sep").strip().casefold() != "với" else [[k] for k in keys]


# "với (đại diện / lãnh đạo) B": the partners after a list, the people who sign for them named first or not
_WITH_REPRESENTED = re.compile(_WITH_AFTER.pattern + r"\s+(?:(?:đại\s+diện|lãnh\s+đạo)\s+)?", re.IGNORECASE)


def _with_list_after(text: str, after: list[AgencyMention], last: AgencyMention) -> list[AgencyMention]:
    """The list of agencies right after "với" that follows ``last`` (see _WITH_REPRESENTED), or []."""
    w = _WITH_REPRESENTED.match(text, last.end)
    if not w:
        return []
    nxt = _mention_at(after, w.end())
    if nxt is None:
        return []
    lst, _ = _agency_list(text, after, nxt)
    return lst


def _past_non_body_partners(
    text: str, after: list[AgencyMention], lst: list[AgencyMention], c_end: int
) -> tuple[list[AgencyMention], bool]:
    """A hub's "với" list goes on past a partner that is no body of the facts format ("..., Tập đoàn X
    và E"): the list with the bodies after it, and whether such a partner was passed."""
    passed = False
    while True:
        slot = _PARTNER_SLOT.match(text, lst[-1].end, c_end)
        if not slot or not _NON_AGENCY_PARTNER.match(text, slot.end(), c_end):
            return lst, passed
        passed = True
        nxt = next((i for i, a in enumerate(after) if a.start >= slot.end()), None)
        if nxt is None or not _NON_BODY_ITEM.fullmatch(text, slot.end(), after[nxt].start):
            return lst, passed
        more, _ = _agency_list(text, after, nxt)
        lst = lst + more


def _between_named_signers(
    text: str, after: list[AgencyMention], subject_keys: list[str], c_start: int, c_end: int, key_of
) -> list[str]:
    """ "A, B vừa tổ chức lễ ký kết Quy chế phối hợp giữa A và công an các phường": when "giữa" opens with
    one of the subject's bodies, the subject names the organisers and "giữa" the signers; the subject
    keeps only the bodies "giữa" names."""
    if len(subject_keys) < 2:
        return subject_keys
    between = _BETWEEN.search(text, c_start, c_end)
    units = _UNITS_OF_EACH.match(text, between.end()) if between else None
    if units and units.group(1).isupper():
        # "Công an 7 tỉnh ... tổ chức hội nghị ký kết kế hoạch giữa các Phòng An ninh Kinh tế": a named
        # kind of unit, one of each body, signs; the bodies themselves do not
        return []
    first = _first_after_between(text, after, between.end()) if between else None
    if first is None or key_of(after[first]) not in subject_keys:
        return subject_keys
    lst, _ = _agency_list(text, after, first)
    named = _unique([key_of(a) for a in lst])
    return [k for k in subject_keys if k in named]


def _hub_between(text: str, mentions: list[AgencyMention], start: int, end: int) -> bool:
    """ "giữa A với B" (a hub and its partners) rather than "giữa A và B"."""
    between = _BETWEEN.search(text, start, end)
    first = _first_after_between(text, mentions, between.end()) if between else None
    return first is not None and bool(_WITH_AFTER.match(text, mentions[first].end))


def _member_list_parties(
    scan: _SigningScan, after: list[AgencyMention], subject_keys: list[str], c_start: int, c_end: int
) -> list[list[str]]:
    """ "(A) ký kết ... cùng các đơn vị, gồm: B; C; D" (one joint signing) or "với các đơn vị, gồm: B; C"
    (A with each): the members listed after "gồm:"."""
    m = _MEMBERS_INTRO.search(scan.text, c_start, c_end)
    if not m or not subject_keys:
        return []
    members = _unique([scan.key_of(a) for a in after if a.start >= m.end()])
    members = [k for k in members if k not in subject_keys]
    if not members:
        return []
    if m.group(1).lower() == "với":
        return [[sk, k] for sk in _unique(subject_keys) for k in members]
    return [_unique(subject_keys + members)]


# "5 đơn vị ký quy chế phối hợp với A, bao gồm B, C ...": a counted subject of a kind, its members listed after
# the partner; the count closes the clause before the verb.
_COUNTED_SUBJECT = re.compile(
    r"(?<![\w])(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:đơn\s+vị|cơ\s+quan|lực\s+lượng|ngành|bên)"
    r"(?:\s+[^\W\d_]+){0,4}?\s+(?:(?:đã|cùng|vừa|cũng)\s+)*$",
    re.IGNORECASE,
)
_MEMBERS_AFTER_PARTNER = re.compile(r"\s*,?\s*(?:bao\s+)?gồm\s*:?\s*", re.IGNORECASE)


def _counted_subject_pairs(
    scan: _SigningScan, sent: _Sentence, v: re.Match, after: list[AgencyMention], c_end: int
) -> list[list[str]]:
    """ "5 đơn vị ký quy chế phối hợp với A, bao gồm B, C, D": the listed members of the counted subject each
    sign with the partner of "với"."""
    text = scan.text
    if not _COUNTED_SUBJECT.search(text, sent.start, v.start()):
        return []
    w = _WITH.search(text, v.end(), c_end)
    if w is None:
        return []
    hub = next((i for i, a in enumerate(after) if a.start >= w.end()), None)
    if hub is None or text[w.end() : after[hub].start].strip():
        return []
    intro = _MEMBERS_AFTER_PARTNER.match(text, after[hub].end)
    first = hub + 1
    if not intro or intro.end() == after[hub].end or first >= len(after) or after[first].start != intro.end():
        return []
    members, _ = _agency_list(text, after, first)
    hub_key = scan.key_of(after[hub])
    keys = [k for k in _unique([scan.key_of(a) for a in members]) if k != hub_key]
    return [[hub_key, k] for k in keys] if len(keys) >= 2 else []


def _group_partner_parties(
    scan: _SigningScan, after: list[AgencyMention], subject_keys: list[str], c_start: int, c_end: int
) -> list[list[str]]:
    """ "giữa A và các đơn vị quân đội ..." where the article lists "12 đơn vị quân đội, gồm: B, C, ...": the
    plural partner stands for the listed group; "với" pairs the named party with each member, else all
    sign jointly."""
    text = scan.text
    m = _PLURAL_PARTNER.search(text, c_start, c_end)
    group = _group_of_kind(scan, m.group(2), m.start()) if m else None
    if m is None or group is None:
        return []
    named = list(subject_keys)
    between = _BETWEEN.search(text, c_start, m.start())
    if not named and between:
        first = _first_after_between(text, after, between.end())
        if first is not None and after[first].end <= m.start():
            named = [scan.key_of(after[first])]
    named = [k for k in _unique(named) if k not in group.keys]
    if not named:
        return []
    if m.group(1).lower() == "với":
        return [[n, k] for n in named for k in group.keys]
    return [_unique(named + group.keys)]


def _first_after_between(text: str, after: list[AgencyMention], g_pos: int) -> int | None:
    """Index in ``after`` of the body right after "giữa" (a word "đơn vị" may come first)."""
    return next(
        (i for i, a in enumerate(after) if a.start >= g_pos and _BETWEEN_FILLER.fullmatch(text, g_pos, a.start)), None
    )


def _with_parties(
    scan: _SigningScan, after: list[AgencyMention], subject_keys: list[str], c_start: int, c_end: int
) -> list[list[str]]:
    """ "A ký kết ... với C, D": the subject with each object; "A và B ký kết ... với C, D": the subjects, jointly,
    with each object ("với" gives one signing per partner: {A, B, C} and {A, B, D}, as the writers of two blind sets
    read it); else the subjects jointly."""
    text, key_of = scan.text, scan.key_of
    w = _WITH.search(text[c_start:c_end])
    stop = _objects_stop(text, after, w.end() + c_start, c_end) if w else None
    objects = [
        a
        for a in after
        if w
        and a.start >= c_start + w.end()
        and (not stop or a.start < stop.start())
        and not _PLACE_BEFORE.search(text, max(0, a.start - PLACE_WINDOW), a.start)
        and not _UNITS_OF_BEFORE.search(text, max(0, a.start - UNITS_OF_WINDOW), a.start)
    ]
    if objects and _SIGN.match(text, c_end) and _NEXT_SUBJECT_GAP.fullmatch(text, objects[-1].end, c_end):
        objects = objects[:-1]  # "với Công ty X, B ký kết nghĩa với Y": B is the next verb's subject
    obj_keys = _unique([key_of(a) for a in objects])
    if w and not obj_keys:
        # "ký kết kế hoạch phối hợp với 2 đồn biên phòng": the bodies of that kind named before
        ref = _skip_spaces(text, c_start + w.end())
        obj_keys = (
            _numbered_reference(scan, ref, ref)
            or _counted_head_reference(scan, ref)
            or _unnamed_level_reference(scan, ref)
            or _named_among_partners(scan, after, stop, c_end)
        )
    if subject_keys and obj_keys and len(_unique(subject_keys)) >= 2:
        joint = _unique(subject_keys)
        return [[*joint, k] for k in obj_keys if k not in joint]
    if subject_keys and obj_keys:
        return [[sk, k] for sk in _unique(subject_keys) for k in obj_keys if k != sk]
    if len(_unique(subject_keys)) >= 2:
        return [_unique(subject_keys)]
    return []


# "với 12 cơ quan báo chí Trung ương và địa phương, trong đó có Báo Sài Gòn Giải Phóng": partners named by their kind
# and count, one or more of them named after "trong đó có"
_AMONG_THEM = re.compile(r"\s*,?\s*trong\s+đó\s+có\s+", re.IGNORECASE)


def _named_among_partners(
    scan: _SigningScan, after: list[AgencyMention], stop: re.Match | None, c_end: int
) -> list[str]:
    """The partners named after "trong đó có" where the objects of "với" are a kind of bodies named by no name."""
    if stop is None:
        return []
    among = _AMONG_THEM.match(scan.text, stop.start())
    if not among:
        return []
    first = _mention_at(after, among.end())
    if first is None or after[first].end > c_end:
        return []
    members, _ = _agency_list(scan.text, after, first)
    return _unique([scan.key_of(a) for a in members])


# "với các đội nghiệp vụ Công an quận X": the partners are unnamed units of the body after them, which owns them
# and is no partner itself (real/README-db: a ministry named as the parent of generic units is an agency only)
_UNITS_OF_BEFORE = re.compile(
    r"(?<![\w])(?:các|những)\s+(?:đội|phòng|đơn\s+vị|cục|ban|bộ\s+phận|tổ|chi\s+nhánh|trạm|đồn)"
    rf"(?:\s+(?-i:{lexicon.LOWER_CLASS})\w*){{0,3}}\s+(?:của\s+|thuộc\s+|trực\s+thuộc\s+)?$",
    re.IGNORECASE,
)
# Between a subject and its verb: nothing, or an adverb of time ("B đã ký kết", "B cũng ký kết").
_NEXT_SUBJECT_GAP = re.compile(r"\s*(?:(?:đã|cũng|vừa|mới|tiếp\s+tục)\s+)*", re.IGNORECASE)


def _objects_stop(text: str, after: list[AgencyMention], pos: int, c_end: int) -> re.Match | None:
    """Where the objects of "với" at ``pos`` end: at "nhằm / để / ..." or a ";" — not a ";" that separates
    partners of one kind whose items carry their own places ("với Đoàn Thanh niên xã A, huyện B; Đoàn
    Thanh niên xã C và ...")."""
    first = next((a for a in after if a.start >= pos), None)
    stop = _STOP_OBJECTS.search(text, pos, c_end)
    while first is not None and stop is not None and stop.group(0) == ";":
        nxt_at = _skip_spaces(text, stop.end())
        nxt = _mention_at(after, nxt_at)
        if nxt is None:
            break
        if not _ends_item(text, after, nxt, c_end):
            break
        stop = _STOP_OBJECTS.search(text, after[nxt].end, c_end)
    return stop


def _ends_item(text: str, after: list[AgencyMention], k: int, c_end: int) -> bool:
    """The bodies from ``after[k]`` run to the clause end as list items, each maybe placed by a larger
    unit ("Đoàn Thanh niên xã A, huyện B; Đoàn Thanh niên xã C, thị xã D và ..."): the rest of a partner
    list, not the subject of a new clause."""
    last = k
    while last + 1 < len(after) and after[last + 1].start < c_end:
        if not _PLACED_ITEM_GAP.fullmatch(text, after[last].end, after[last + 1].start):
            break
        last += 1
    tail = text[after[last].end : c_end]
    if _SIGN.match(text, c_end):
        return False  # "...; B ký kết nghĩa với D": the bodies stand right before the next signing verb, its subject
    return len(tail) <= LIST_TAIL_MAX and ";" not in tail


def _capitalised_words(s: str) -> bool:
    """Every word of ``s`` opens in upper case (a place name trailing a body); true when empty."""
    return all(w[0].isupper() for w in re.split(r"[\s.]+", s) if w)


def _numbered_reference(scan: _SigningScan, pos: int, before: int) -> list[str]:
    """ "2 đồn biên phòng" at ``pos``: the two bodies of that kind the article named before ``before``
    (the kind is the words after the number that open their names); none unless the count agrees."""
    m = _NUMBERED.match(scan.text, pos)
    if not m:
        return []
    number = m.group(1).lower()
    count = int(number) if number.isdigit() else _COUNT_WORDS[number]
    found = _bodies_of_kind(scan, m.group(2), before)
    return found if len(found) == count else []


def _counted_head_reference(scan: _SigningScan, pos: int) -> list[str]:
    """ "Viện kiểm sát nhân dân 6 tỉnh" at ``pos``, left unread: the bodies the article names with that
    head at that level ("Viện kiểm sát nhân dân tỉnh Lạng Sơn", ...), wherever it names them; none unless
    the count agrees."""
    m = _COUNTED_HEAD.match(scan.text, pos)
    return _bodies_of_counted_head(scan, m) if m else []


def _bodies_of_counted_head(scan: _SigningScan, m: re.Match) -> list[str]:
    """The bodies a counted head (a match of _COUNTED_HEAD) stands for, or [] where their number is not its count."""
    count = _count_value(m.group("count"))
    # (the head as the names are written, its short forms spelled out: "VKSND 6 tỉnh" -> "Viện Kiểm sát nhân dân")
    prefix = f"{canonical_name(m.group('head')).lower()} {WS.sub(' ', m.group('level')).lower()} "
    found = _unique(
        [scan.key_of(a) for a in scan.agencies if not a.is_location and a.canonical.lower().startswith(prefix)]
    )
    return found if len(found) == count else []


# A capitalised word that may open a head; the words that make what follows them a partner or a place, not a subject
_CAPITALISED_START = re.compile(r"(?<![\w])(?-i:[A-ZĐ])")
_PARTNER_OR_PLACE_BEFORE = re.compile(r"(?<![\w])(?:của|với|giữa|cùng|tại|và|cho)\s+$", re.IGNORECASE)
_CLAUSE_END_INSIDE = re.compile(r"[.;:!?\n]")


def _counted_head_subject(scan: _SigningScan, sent: _Sentence, v: re.Match) -> list[str]:
    """ "Sở Nông nghiệp và Phát triển nông thôn 2 tỉnh trao đổi, thống nhất nội dung và ký kết ...": a head and a
    count of places, as the subject before the verb with no body named between, stand for the bodies the article
    names with that head at that level (none unless the count agrees: _bodies_of_counted_head)."""
    text = scan.text
    for w in _CAPITALISED_START.finditer(text, sent.start, v.start()):
        if _PARTNER_OR_PLACE_BEFORE.search(text, max(sent.start, w.start() - 8), w.start()):
            continue
        head = _COUNTED_HEAD.match(text, w.start())
        keys = _bodies_of_counted_head(scan, head) if head else []
        if head is None or not keys:
            continue
        end = head.end()
        if _CLAUSE_END_INSIDE.search(text, end, v.start()) or any(end <= a.start < v.start() for a in sent.parties):
            return []
        return keys
    return []


def _unnamed_level_reference(scan: _SigningScan, pos: int) -> list[str]:
    """ "Công an phường, xã trên địa bàn" at ``pos``: a head and level words with no place named stand for
    the group the article lists under a count of those levels ("Công an 10 xã, phường, gồm: A, B, ...")."""
    m = _UNNAMED_LEVELS.match(scan.text, pos)
    if not m:
        return []
    head = WS.sub(" ", m.group("head")).lower() + " "
    levels = set(_KIND_WORD.findall(m.group("levels").lower()))
    for g in scan.groups:
        if levels & set(g.kind) and all(n.lower().startswith(head) for n in g.names):
            return list(g.keys)
    return []


FORWARD_SENTENCES = 2  # sentences after a caption that opens the report, read for the bodies its plural stands for


def _after_sentences(scan: _SigningScan, index: int, n: int) -> int:
    """The end of the ``n`` sentences after sentence ``index``."""
    return scan.sentences[min(index + n, len(scan.sentences) - 1)][1]


def _bodies_of_kind(scan: _SigningScan, words: str, before: int) -> list[str]:
    """Keys of the bodies named before ``before`` whose names open with the longest leading part of
    ``words`` that opens any ("đồn biên phòng thống nhất" -> the "Đồn Biên phòng ..." bodies); a
    plural reference stands for two or more."""
    tokens = words.lower().split()
    named = [a for a in scan.agencies if a.end <= before and not a.is_location]
    for n in range(len(tokens), 0, -1):
        kind = " ".join(tokens[:n]) + " "
        found = _unique([scan.key_of(a) for a in named if a.canonical.lower().startswith(kind)])
        if found:
            return found if len(found) >= 2 else []
    return []


def _passive_agents(text: str, after: list[AgencyMention], c_start: int) -> list[AgencyMention]:
    """ "Lễ ký kết ... đã được A (cùng B) tổ chức": the agencies after "được" that organise the act."""
    for i, a in enumerate(after):
        if _PASSIVE_AGENT.search(text, c_start, a.start):
            lst, _ = _agency_list(text, after, i)
            if _ORGANISES.match(text, lst[-1].end):
                return lst
    return []


def _named_parties(
    text: str,
    after: list[AgencyMention],
    in_sentence: list[AgencyMention],
    subject_keys: list[str],
    c_start: int,
    c_end: int,
    key_of,
) -> list[list[str]]:
    """The parties the clause names when no pair or list was read: the subject with the agencies of a
    "giữa" list that is cut short ("giữa Viện kiểm sát và Tòa án nhân dân tỉnh" with the first not read
    as a body); a subject alone when its partners are left unnamed ("ký kết với các xã giáp ranh")."""
    keys = list(subject_keys)
    between = _BETWEEN.search(text[c_start:c_end])
    if between and not subject_keys:
        # "ký kết ... giữa đơn vị A với đơn vị xã B": the one body named (the partner is a locality)
        first = _first_after_between(text, after, c_start + between.end())
        if first is not None:
            keys = [key_of(after[first])]
    elif between and subject_keys:
        g_pos = c_start + between.end()
        first = next((i for i, a in enumerate(after) if a.start >= g_pos), None)
        # only when a first party stands unread between "giữa" and the list (the subject is that party)
        if first is not None and text[g_pos : after[first].start].strip(" ,"):
            lst, _ = _agency_list(text, after, first)
            keys += [key_of(a) for a in lst]
    keys = _unique(keys)
    if len(keys) == 1 and _unread_partner(text, in_sentence, c_start, c_end, key_of, keys[0]):
        return []
    return [keys] if keys else []


def _unread_partner(text: str, in_sentence: list[AgencyMention], c_start: int, c_end: int, key_of, party: str) -> bool:
    """A one-party reading is kept only when its partners are left unnamed: a capitalised name in a
    partner slot (after "với", or after the party's mention) is a body the grammar missed."""
    # (a "với" after a ";" opens the partners of another act listed: "A ký kết với X; D kết nghĩa với E")
    act_end = text.find(";", c_start, c_end)
    act_end = c_end if act_end < 0 else act_end
    slots = [w.end() + c_start for w in _WITH.finditer(text[c_start:act_end])]
    with_slots = set(slots)
    # the party's mentions up to the clause end, not before a ";" (an earlier act listed has its own partners)
    act_start = text.rfind(";", 0, c_start) + 1
    slots += [a.end for a in in_sentence if act_start <= a.start and a.end <= c_end and key_of(a) == party]
    for pos in slots:
        m = (_SPACES if pos in with_slots else _PARTNER_SLOT).match(text, pos)
        if not m or _GENERIC_PARTNER.match(text, m.end()):
            continue
        if (
            m.end() < len(text)
            and text[m.end()].isupper()
            and not _NON_AGENCY_PARTNER.match(text, m.end())
            and not _BRAND_NAME.match(text, m.end())
            and not any(a.start == m.end() for a in in_sentence)
        ):
            return True
    return False


def _clause_period(scan: _SigningScan, sent: _Sentence, v: re.Match, c_end: int) -> tuple[int, int] | None:
    """The period of the signed text: in the clause (with the line it runs on to), or leading a passive sentence."""
    text = scan.text
    sign_year = _sign_year(scan, sent)
    if c_end == sent.end:
        c_end = _continued_line_end(text, sent.end)
    period = _period_in(scan.periods, v.start(), c_end, text, sign_year)
    if period is None and _PASSIVE.search(text, max(sent.start, v.start() - PASSIVE_WINDOW), v.start()):
        # "Chương trình phối hợp giữa A và B giai đoạn 2021-2025 đã được ký kết": the period leads
        period = _period_in(scan.periods, sent.start, v.start(), text, sign_year)
    return period


def _sign_year(scan: _SigningScan, sent: _Sentence) -> int | None:
    return (sent.dates[0].year if sent.dates else None) or scan.ref_year


def _continued_line_end(text: str, end: int) -> int:
    """A caption broken across lines ("... ký kết Chương trình\nphối hợp giai đoạn 2019-2025") goes on
    in a next line that opens in lower case: the end of that line; else ``end`` itself."""
    if end > 0 and text[end - 1] in ".!?:;":
        return end
    m = _LOWER_CONTINUATION.match(text, end)
    if not m:
        return end
    stop = _LINE_END.search(text, m.end())
    return stop.start() if stop else len(text)


def _signed_document(scan: _SigningScan, v: re.Match, c_end: int) -> DocMention | None:
    """The signed document is the verb's object: printed right after it, not "theo/căn cứ" another one."""
    text = scan.text
    k = bisect.bisect_left(scan.doc_starts, v.end())
    # "ký kết và triển khai Kế hoạch số X": a second verb coordinated with the signing shares its object.
    co = _CO_VERB.match(text, v.end(), c_end)
    obj_from = co.end() if co else v.end()
    return next(
        (
            d
            for d in scan.docs[k : k + OBJECT_DOC_LOOKAHEAD]
            if v.end() <= d.start < c_end
            and d.start - v.end() <= OBJECT_DOC_MAX
            and not _NOT_OBJECT.search(text, obj_from, d.start)
        ),
        None,
    )


def _signed_in_past_year(text: str, verb_end: int, s_end: int, ref_year: int | None) -> bool:
    """ "... ký năm 2020 giữa A và B" in a later article: an old signing recalled, not the event."""
    m = _SIGNED_YEAR.match(text, verb_end, s_end)
    return bool(m and ref_year and int(m.group(1)) < ref_year)


def _reports_past(text: str, s_start: int, verb: int, sent_dates, periods, ref_year) -> bool:
    """A sentence recalling an old signing ("Trước đó, năm 2018 A đã ký kết ...")."""
    if sent_dates:
        y = sent_dates[0].year
        return bool(ref_year and y and y < ref_year)
    if _PAST.search(text, s_start, verb):
        return True
    if ref_year:
        for p in periods:
            if s_start <= p.start < verb and p.kind == "year" and p.first < ref_year:
                if _REVIEWS.search(text, max(s_start, p.start - REVIEWED_YEAR_WINDOW), p.start):
                    continue  # "hội nghị sơ kết năm 2022 và ký kết ...": the year reviewed, not the time of the act
                return True
    return False


def _sentences_signing(text: str, sentences: list[tuple[int, int]]) -> Iterator[tuple[int, int, re.Match]]:
    """Each sentence whose main clause holds a signing verb, with its first such verb."""
    for s_start, s_end in sentences:
        verbs = _main_clause_signing_verbs(text, s_start, s_end)
        if verbs:
            yield s_start, s_end, verbs[0]


def mark_signer_titles(
    text: str, sentences: list[tuple[int, int]], agencies: list[AgencyMention], persons: Sequence = ()
) -> None:
    """Bodies named only in the titles of the persons who sign ("Đại tá A, Chỉ huy trưởng Bộ CHQS
    tỉnh và bà B, Chủ tịch Hội LHPN tỉnh đã ký kết ...") are the signing parties: flag them ``signer``
    and no longer in a title. A title may come before its holder's name ("... và đồng chí Trưởng ban Dân vận
    Thành ủy Nguyễn Lan Hương ký kết"): the body's title then ends where the name of one of ``persons`` does."""
    starts = [a.start for a in agencies]
    name_ends = {p.start: p.end for p in persons}

    def title_end(a: AgencyMention) -> int:
        return name_ends.get(_skip_spaces(text, a.end), a.end) if name_ends else a.end

    for s_start, _, v in _sentences_signing(text, sentences):
        lo = bisect.bisect_left(starts, s_start)
        before = [
            a for a in agencies[lo : bisect.bisect_left(starts, v.start())] if a.end <= v.start() and not a.is_location
        ]
        if before and any(not a.in_title for a in before):
            _mark_titled_members(text, before, v.start(), s_start)
            continue
        if not before:
            continue
        if not _SIGNER_GAP.fullmatch(text, title_end(before[-1]), v.start()):
            continue
        # each body ends its title: then a separator, the next person, or the verb
        ends = [a for a in before[:-1] if _AFTER_TITLE.match(text, title_end(a), v.start())] + [before[-1]]
        for a in ends:
            if _TITLE_OF_A_BAN.search(text, max(0, a.start - TITLE_TAIL_WINDOW), a.start):
                continue  # "Trưởng ban Dân vận Thành ủy": the signer's body is the committee's Ban, unread
            if _MEMBER_OF.search(text, max(0, a.start - MEMBER_WINDOW), a.start):
                continue  # "Ủy viên Ban Thường vụ Tỉnh ủy": a body the signer sits in, not one he signs for
            a.in_title = False
            a.signer = True
            if (
                a.pre
                and _STANDING.match(a.pre)
                and _TITLE_TAIL.search(text, max(0, a.start - TITLE_TAIL_WINDOW), a.start)
            ):
                # "Phó Chủ tịch Thường trực Hội Nông dân tỉnh": "Thường trực" belongs to the title
                a.canonical = _STANDING.sub("", a.canonical, count=1)


TITLE_BEFORE_NAME_GAP = 30  # between a title written before a name and the name: a rank, a form of address


def first_body_in(agencies: list[AgencyMention], starts: list[int], start: int, end: int) -> AgencyMention | None:
    """The first of ``agencies`` (sorted, with their ``starts``) that lies inside ``start``..``end`` (a title's span)."""
    k = bisect.bisect_left(starts, start)
    return agencies[k] if k < len(agencies) and agencies[k].end <= end else None


def mark_signers_titled_before_their_names(
    text: str, sentences: list[tuple[int, int]], agencies: list[AgencyMention], persons: list
) -> None:
    """ "Chủ tịch UBND TP. HCM Nguyễn Thành Phong và Chủ tịch UBND tỉnh Bến Tre Cao Văn Trọng ký kết ...": two or more
    persons whose titles are written before their names open the signing sentence as its subject; the body each title
    names (its first) signs: flag it ``signer`` and no longer in a title."""
    starts = [a.start for a in agencies]
    for s_start, _, v in _sentences_signing(text, sentences):
        signers = []  # (title start, name end, the title's body)
        for p in persons:
            if not (s_start <= p.start and p.end <= v.start()):
                continue
            spans = [(a, b) for a, b in p.position_spans if b <= p.start and p.start - b <= TITLE_BEFORE_NAME_GAP]
            body = first_body_in(agencies, starts, *spans[-1]) if spans else None
            if body is not None:
                signers.append((spans[-1][0], p.end, body))
        for _, _, body in _signers_opening_the_sentence(text, s_start, v.start(), signers):
            body.in_title = False
            body.signer = True


# "A và thủ trưởng B": a joiner and a title written without a person's name (lower-case words only)
_JOINED_UNNAMED_TITLE = re.compile(r"\s*(?:,|và|cùng)\s+((?:[^\W\d_]+\s+){1,3})$", re.IGNORECASE)


# "Sáng 3/3, thủ trưởng <body>": a title without a name that opens the sentence or its clause
_OPENING_UNNAMED_TITLE = re.compile(r"(?:^|[,:]\s*)((?:[^\W\d_]+\s+){1,3})$", re.IGNORECASE)


def _titled_member(sep: str, a: AgencyMention) -> bool:
    """ "... và thủ trưởng <a>": ``a`` joins the list through the unnamed title of its head."""
    title = _JOINED_UNNAMED_TITLE.fullmatch(sep)
    return a.signer and title is not None and title.group(1).islower()


def _mark_titled_members(text: str, before: list[AgencyMention], verb: int, s_start: int) -> None:
    """ "Thường trực Hội Nông dân tỉnh và thủ trưởng Bộ Chỉ huy BĐBP tỉnh ký kết": in the list of bodies
    that signs, a member named after the title of its head, with no person named ("thủ trưởng", "lãnh
    đạo"), signs as the body."""
    if not _SIGNER_GAP.fullmatch(text, before[-1].end, verb):
        return
    for prev, a in zip(reversed(before[:-1]), reversed(before), strict=False):
        sep = _gap_without_notes(text[prev.end : a.start])
        if a.in_title:
            a.signer = True
            if not _titled_member(sep, a):
                a.signer = False
                return
            a.in_title = False
        elif not _joins(sep, prev, a):
            return
    first = before[0]
    opening = _OPENING_UNNAMED_TITLE.search(text[s_start : first.start])
    if first.in_title and opening and opening.group(1).islower():
        # "thủ trưởng Bộ Chỉ huy X và Thường trực Hội Y ký kết": the list opens with a titled member
        first.in_title = False
        first.signer = True


def _inside_parens(text: str, start: int, pos: int) -> bool:
    return text.count("(", start, pos) > text.count(")", start, pos)  # (counted in place: no slice per mention)


@dataclass
class Signing:
    parties: list[str]
    period: tuple[int, int] | None
    date: DateMention | None
    document: DocMention | None
    sentence: int
    separate: bool = False
    recent: bool = False
    listed: bool = False  # a one-party act of its own (listed after another, or with a non-body
    # partner beside its pairs): no repeat of a pair
    kind: str = ""  # the kind of document signed, when printed right after the verb


def programme_term(
    text: str, sentences: list[tuple[int, int]], periods: list[PeriodMention], ref_year: int | None
) -> tuple[int, int] | None:
    """The term of the signed programme told in a sentence of its own ("Chương trình liên tịch được
    thực hiện trong giai đoạn 2012 - 2015"); a span that ended before the article's year is a
    review's, not a new programme's."""
    starts = [st for st, _ in sentences]
    for p in periods:
        if p.kind != "range" or (ref_year and p.last < ref_year):
            continue
        i = bisect.bisect_right(starts, p.start) - 1
        if i < 0 or _first_signing_verb(text, sentences[i][0], sentences[i][1]):
            continue
        if _PROGRAMME_OPENING.match(text, sentences[i][0], p.start):
            return (p.first, p.last)
        # a term told in passing is a new programme's only when it starts about now (not "trong giai đoạn
        # 2019-2024, hai bên đã phối hợp ..." told in 2024)
        if (ref_year is None or p.first >= ref_year - 1) and (
            _CONTENT_OPENING.fullmatch(text, sentences[i][0], p.start)
            or _adopted_programme_term(text, sentences[i][0], p.start)
            or _SIDES_WILL.match(text, sentences[i][0], p.start)
        ):
            return (p.first, p.last)
    return None


def _adopted_programme_term(text: str, s_start: int, p_start: int) -> bool:
    """ "Tại buổi lễ, các đại biểu đã thông qua nội dung chương trình phối hợp công tác X giai đoạn
    2025–2030": the period closes the name of a programme the sentence adopts, not one it reviews."""
    noun = _PROGRAMME_NOUN_BEFORE.search(text, max(s_start, p_start - PROGRAMME_NAME_MAX), p_start)
    return noun is not None and not _REVIEWS.search(text, s_start, noun.start())


def resolve_signings(cands: list[SigningCandidate], term: tuple[int, int] | None = None) -> list[Signing]:
    """One signing per party set; title-only signings dropped when the body reports any; caption
    repeats (party subsets) folded; a missing period taken from a related signing sentence, or from
    the programme's term told apart (``term``) when no signing sentence gives one."""
    body_has = any(c.parties and not c.in_title for c in cands)
    use = [c for c in cands if not (c.in_title and body_has)]
    if any(len(p) >= 2 for c in use for p in c.parties):
        # A one-party reading ("A ký kết với các đơn vị") beside named pairs is a partial repeat of them.
        # (not an act of its own listed after another: "ký kết ... giữa A và B; ký kết ... với các trường")
        # (nor the hub's own act with a partner that is no body, read beside its pairs: "với B, Công ty C")
        # (nor the act of a body no pair names: "Cùng ngày, UBND phường X và thôn Y tổ chức lễ kết nghĩa")
        in_pairs = {bare_letters(k) for c in use for p in c.parties if len(p) >= 2 for k in p}
        use = [
            SigningCandidate(
                c.sentence,
                [
                    p
                    for p in c.parties
                    if len(p) >= 2 or c.listed or _hub_of_pair(p, c) or not _names_a_paired_body(p[0], in_pairs)
                ],
                c.period,
                c.date,
                c.document,
                c.mentioned,
                c.in_title,
                c.separate,
                c.recent,
                c.organisers,
                c.listed,
                c.kind,
            )
            for c in use
        ]
    signings: list[Signing] = []
    index: dict[frozenset | tuple, Signing] = {}
    kinds_told = _kinds_told_by_sentence(use)
    for c in use:
        for parties in c.parties:
            party_set = frozenset(parties)
            key: frozenset | tuple = party_set
            if (key, c.kind) in index:
                key = (key, c.kind)  # a later telling of the second act
            elif key in index and _second_kind_in_sentence(index[key], c, kinds_told[(party_set, c.sentence)]):
                # "ký kết chương trình phối hợp ... và ký giao ước thi đua": one sentence, two acts of its parties
                key = (key, c.kind)
            if key in index:
                s = index[key]
                s.period = s.period or c.period
                s.date = s.date or c.date
                s.document = s.document or c.document
                s.recent = s.recent or c.recent
                continue
            s = Signing(
                list(parties),
                c.period,
                c.date,
                c.document,
                c.sentence,
                c.separate,
                c.recent,
                (c.listed and len(parties) == 1) or _hub_of_pair(parties, c),
                c.kind,
            )
            index[key] = s
            signings.append(s)
    # a joint set that repeats the pairs of an earlier "với" hub goes first, so that it folds none of them
    repeats = [s for s in signings if _hub_repeat(s, signings)]
    signings = [s for s in signings if s not in repeats]
    keys = [frozenset(s.parties) for s in signings]
    kept = [
        s
        for s, k in zip(signings, keys, strict=False)
        if s.listed or not any(k < other and _same_kind(s, o) for o, other in zip(signings, keys, strict=False))
    ]
    _carry_folded_details([s for s in signings if s not in kept], kept)
    later = [s for s in kept if _hub_repeat(s, kept)]
    repeats += later
    kept = [s for s in kept if s not in later]
    for r in repeats:
        if r.separate:
            # "Nhân dịp này, A và 2 đồn biên phòng cũng ký kết": the pairs it repeats are a second act
            for s in kept:
                if len(s.parties) == 2 and set(s.parties) <= set(r.parties):
                    s.separate = True
    _date_by_partyless_telling(cands, kept)
    _period_by_partyless_telling(cands, kept)
    if term and not any(s.period for s in kept):
        for s in kept:
            if not s.separate:
                s.period = term
    # a headline that names every party ("A và B ký kết Chương trình ... giai đoạn 2017-2020") gives its term
    headlines = [c for c in cands if c.in_title and body_has]
    for s in kept:
        if s.period is None:
            # A second act ("Cùng ngày, A và C cũng ký kết ...") has its own terms: it borrows no period.
            if s.separate:
                continue
            # (not from the telling of another act of the same parties: "ký kết chương trình ... và ký giao ước
            # năm 2018", "... ký giao ước thi đua năm 2018 với MTTQ phường")
            related = [c for c in use if c.mentioned & set(s.parties) and not _tells_other_act(s, c, kept)]
            related += [c for c in headlines if c.mentioned >= set(s.parties)]
            s.period = next((c.period for c in related if c.period), None)
    return kept


def _kinds_told_by_sentence(cands: list[SigningCandidate]) -> dict[tuple[frozenset, int], set[str]]:
    """(parties, sentence) -> the kinds of document that sentence has those parties sign."""
    told: dict[tuple[frozenset, int], set[str]] = defaultdict(set)
    for c in cands:
        for parties in c.parties:
            if c.kind:
                told[(frozenset(parties), c.sentence)].add(c.kind)
    return told


def _second_kind_in_sentence(
    s: Signing, c: SigningCandidate, kinds_in_c_sentence: set[str] | frozenset[str] = frozenset()
) -> bool:
    """Whether ``c`` signs another kind of document than ``s`` in a sentence that tells both acts (both kinds
    printed; ``s`` may have been read first from a headline that names only its own document)."""
    return bool(
        s.kind
        and c.kind
        and s.kind != c.kind
        and (s.sentence == c.sentence or s.kind in kinds_in_c_sentence)
        and not c.in_title
    )


def _date_by_partyless_telling(cands: list[SigningCandidate], kept: list[Signing]) -> None:
    """ "Lễ ký kết diễn ra ngày 4/11/2020": a dated sentence on the ceremony that names no party dates the acts
    that other sentences tell without a date, where it is the one such date."""
    dates = {
        (c.date.year, c.date.month, c.date.day): c.date
        for c in cands
        if c.ceremony and not c.parties and c.date and not c.in_title
    }
    if len(dates) != 1:
        return
    (date,) = dates.values()
    for s in kept:
        if s.date is None:
            s.date = date


def _period_by_partyless_telling(cands: list[SigningCandidate], kept: list[Signing]) -> None:
    """ "Sáng nay (8/11), tại Hội trường Công an tỉnh đã diễn ra lễ ký kết chương trình phối hợp giai đoạn
    2024-2029" under a headline that names the parties: the one period that the sentences telling a signing without
    its parties give is the period of the one act, where it has none."""
    # (a range only: a lone year after a quoted campaign's name, "giao ước thi đua “Vì An ninh Tổ quốc” năm 2018",
    # is no term of the act)
    periods = {c.period for c in cands if not c.parties and c.period and c.period[0] < c.period[1] and not c.in_title}
    if len(periods) != 1 or len(kept) != 1:
        return
    (period,) = periods
    if kept[0].period is None:
        kept[0].period = period


def _tells_other_act(s: Signing, c: SigningCandidate, kept: list[Signing]) -> bool:
    """Whether ``c`` tells another act of the parties of ``s``: one of its sentence of another kind, or one that
    signs the kind of another act kept for the same parties."""
    if _second_kind_in_sentence(s, c):
        return True
    return bool(
        s.kind
        and c.kind
        and c.kind != s.kind
        and any(o is not s and o.kind == c.kind and set(o.parties) == set(s.parties) for o in kept)
    )


def _same_kind(s: Signing, other: Signing) -> bool:
    """Whether two tellings may be one act by the kind of document they sign: a caption's "A và B ký kết kế
    hoạch hiệp đồng" beside "A, B, C ... ký kết quy chế phối hợp" tells a second act, not the first again."""
    return not s.kind or not other.kind or s.kind == other.kind


# a province's body named with its province: "ủy ban mặt trận tổ quốc tỉnh ninh binh" (the article's own province,
# misspelt, is not read as it) is the paired "ủy ban mặt trận tổ quốc"
_PROVINCE_LEVEL_TAIL = re.compile(r" (?:tinh|thanh pho|tp\.?) ")


def _names_a_paired_body(key: str, paired: set[str]) -> bool:
    """Whether a one-party reading's ``key`` is a party of the article's pairs (``paired``: their keys without marks,
    bare_letters): the same key, or the key of a body of the article's province (which drops the place) named with a
    province whose marks a typo lost."""
    bare = bare_letters(key)
    return bare in paired or any(bare.startswith(b) and _PROVINCE_LEVEL_TAIL.match(bare, len(b)) for b in paired)


def _hub_of_pair(parties: list[str], c: SigningCandidate) -> bool:
    """A one-party reading whose party signs a pair in the same candidate."""
    return len(parties) == 1 and any(len(p) == 2 and parties[0] in p for p in c.parties)


def _carry_folded_details(folded: list[Signing], kept: list[Signing]) -> None:
    """A party subset folded into the fuller telling of the same act ("A, B và C tổ chức hội nghị ký kết
    Chương trình số X" beside the caption that names the signers of A, B, C and one more) gives it the
    document, date and period it lacks, when only one fuller telling holds it."""
    for s in folded:
        fuller = [t for t in kept if set(s.parties) < set(t.parties)]
        if len(fuller) != 1:
            continue
        t = fuller[0]
        t.document = t.document or s.document
        t.date = t.date or s.date
        t.period = t.period or s.period


def _hub_repeat(s: Signing, signings: list[Signing]) -> bool:
    """A later joint party set that only lists the partners of an earlier "A ký kết với B và C"
    (the caption "Đại tá X và đại diện B, C ký kết"), or the hub with them ("A và B, C cũng ký kết"):
    every member signed with one hub already."""
    if len(s.parties) < 2:
        return False
    earlier = [o for o in signings if o is not s and o.sentence < s.sentence and len(o.parties) == 2]
    hubs = {p for o in earlier for p in o.parties}
    for h in hubs:
        partners = [p for p in s.parties if p != h]
        if (len(partners) >= 2 or h not in s.parties) and all(
            any(set(o.parties) == {h, p} for o in earlier) for p in partners
        ):
            return True
    return False


def document_parties(
    text: str,
    doc: DocMention,
    clause_end: int,
    usable: list[AgencyMention],
    usable_starts: list[int],
    key_of,
    after_date_end: int,
) -> list[str]:
    """Issuers named after the symbol ("... ngày X của A và B", "giữa A với B") or as subject of "ban hành".

    ``usable`` are the agency mentions outside titles, sorted, with their ``usable_starts``."""
    if _BOTH.match(text, after_date_end, clause_end):
        return [BOTH_PARTIES]
    m = _ISSUER_LINK.match(text[after_date_end:clause_end]) or _ABOUT_COORDINATION_LINK.match(
        text[after_date_end:clause_end]
    )
    if not m:
        # a couple of words may come between: "Chỉ thị số 05-CT/TW khóa XII của ..."
        m2 = _ISSUER_LINK_LOOSE.match(text[after_date_end:clause_end])
        m = m2 if m2 and not _ISSUER_LINK_BREAK.search(m2.group(0)) else None
    if m:
        pos = after_date_end + m.end()
        first = bisect.bisect_left(usable_starts, pos)
        if first < len(usable) and not text[pos : usable[first].start].strip():
            lst, _ = _agency_list(text, usable, first)
            lst += _second_and_list(text, usable, usable.index(lst[-1]))
            return _unique([key_of(a) for a in _issuers_before_a_subject(text, lst, clause_end, usable_starts)])
    done_by = _DONE_BY_LINK.match(text, after_date_end, clause_end)
    if done_by:
        # "thông tư liên tịch số 17 do A cùng B ban hành ngày 9/5": the bodies "do" names, before the verb
        first = bisect.bisect_left(usable_starts, done_by.end())
        if first < len(usable) and usable[first].start == done_by.end():
            lst, _ = _agency_list(text, usable, first)
            if _ISSUED_AFTER_LIST.match(text, lst[-1].end, clause_end):
                return _unique([key_of(a) for a in lst])
    hub_pair = _hub_pair_after_date(text, doc, usable, usable_starts, key_of, after_date_end)
    if hub_pair:
        return hub_pair
    # "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 88-KH/TU"
    k = bisect.bisect_left(usable_starts, doc.start)
    prev = [a for a in usable[max(0, k - 3) : k] if a.end <= doc.start and doc.start - a.end < ISSUER_BEFORE_MAX]
    if prev and _ISSUES.fullmatch(text[prev[-1].end : doc.start]):
        issuers = [key_of(a) for a in _list_ending_at(text, usable, usable.index(prev[-1]))]
        return _unique(issuers + _partners_after(text, usable, usable_starts, key_of, after_date_end, clause_end))
    return []


def _second_and_list(text: str, mentions: list[AgencyMention], last: int) -> list[AgencyMention]:
    """ "giữa Ban Dân vận Tỉnh ủy và BCH Quân sự, BCH Biên phòng và Công an tỉnh": after the comma that closed "A và
    B", a list that ends with its own "và" goes on naming the document's parties (one body after the comma may open
    the next clause: "giữa A và B, Công an tỉnh đã ..."; a signing's "giữa" keeps its pairs apart, _between_parties)."""
    nxt = last + 1
    if nxt >= len(mentions) or not _COMMA_ONLY.match(
        _gap_without_notes(text[mentions[last].end : mentions[nxt].start])
    ):
        return []
    more, _ = _agency_list(text, mentions, nxt)
    joined_by_and = any(_LAST_AND.match(_gap_without_notes(text[a.end : b.start])) for a, b in itertools.pairwise(more))
    return more if joined_by_and else []


def _issuers_before_a_subject(
    text: str, lst: list[AgencyMention], clause_end: int, usable_starts: list[int]
) -> list[AgencyMention]:
    """ "Căn cứ Chỉ thị số 16 của UBND tỉnh, Công an tỉnh và Hội Nông dân tỉnh ký kết ...": the list after "của" runs
    on into the subject of the sentence's signing verb; the issuer is its first body, set off by a comma. Not where
    other bodies stand between the list and the verb: they are its subject ("của A, B, C trong công tác ..., ngày D, E
    và F đã ký kết")."""
    if len(lst) < 2 or not _COMMA_AFTER.match(text, lst[0].end):
        return lst
    v = _SIGN.search(text, lst[-1].end, clause_end)
    if not v or bisect.bisect_left(usable_starts, lst[-1].end) < bisect.bisect_left(usable_starts, v.start()):
        return lst
    return lst[:1] if _is_subject_gap(text[lst[-1].end : v.start()]) else lst


def _hub_pair_after_date(
    text: str, doc: DocMention, usable: list[AgencyMention], usable_starts: list[int], key_of, after_date_end: int
) -> list[str]:
    """ "Quy chế số X, ngày D A với B": bodies joined by "với" right after a printed issue date are its
    parties (an apposition; a lone body there may open the next clause, so "với" is required)."""
    if after_date_end <= doc.end:
        return []
    first = bisect.bisect_left(usable_starts, after_date_end)
    if first >= len(usable) or text[after_date_end : usable[first].start].strip():
        return []
    lst, with_first = _agency_list(text, usable, first)
    return _unique([key_of(a) for a in lst]) if with_first else []


def _partners_after(
    text: str, usable: list[AgencyMention], usable_starts: list[int], key_of, pos: int, clause_end: int
) -> list[str]:
    """ "A xây dựng Quy chế số X với B, C": the bodies "với" lists right after the document."""
    w = _WITH_AFTER.match(text, pos, clause_end)
    if not w:
        return []
    first = bisect.bisect_left(usable_starts, w.end())
    if first >= len(usable) or text[w.end() : usable[first].start].strip():
        return []
    lst, _ = _agency_list(text, usable, first)
    return [key_of(a) for a in lst]


def _list_ending_at(text: str, mentions: list[AgencyMention], last: int) -> list[AgencyMention]:
    """The list of bodies joined as one ("A, B và C") that ends with ``mentions[last]``."""
    k = last
    while k > 0 and _joins(
        _gap_without_notes(text[mentions[k - 1].end : mentions[k].start]), mentions[k - 1], mentions[k]
    ):
        k -= 1
    return mentions[k : last + 1]
