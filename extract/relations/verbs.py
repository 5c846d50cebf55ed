"""Signing verbs: the verbs of a sentence's main clauses, the sentences that sign, whether the act is reported as
past, and the kind of document signed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from phoihop.extract import lexicon
from phoihop.extract.agencies import AgencyMention
from phoihop.extract.dates import in_anniversary_clause, months_of_year
from phoihop.extract.relations.article_scan import _Sentence, _SigningScan
from phoihop.extract.relations.mention_lists import _fold_parents_in_apposition
from phoihop.extract.relations.patterns import _DATED_OPENER, _HOLDS, _REVIEWS, _SIGNED_KINDS, sides
from phoihop.text import WS

# --- windows (characters) -------------------------------------------------------------------------------
RELATIVE_WINDOW = 80  # before a verb: "chương trình phối hợp (số X) đã được" makes it a relative clause
OBJECT_RELATIVE_WINDOW = 140  # before a verb: "thực hiện <document> ... đã"
PLANNED_WINDOW = 40  # before a verb: "sẽ / dự kiến / tiến tới"
# words of the verbs "sẽ" opens before the signing, with a first verb's object: "sẽ sửa đổi, bổ sung và (ký kết)",
# "sẽ tổng kết quy chế nói trên và (ký kết)" (round s35)
PLANNED_SERIES_MAX_WORDS = 8
PLANNED_SERIES_WINDOW = 50

# --- the signing verb and the lists of parties -------------------------------------------------------------
# A twinning ("kết nghĩa") is a signing when it is the act ("lễ kết nghĩa", "đã kết nghĩa"), not the
# relation named as a noun ("hoạt động kết nghĩa", "đơn vị kết nghĩa").
# "A kết nghĩa với B" names the act too, except as a relation kept up ("quan hệ kết nghĩa với", "đơn vị kết nghĩa với");
# B may be a commune or a village, no body (the post twinned with it signs: "Đồn Biên phòng X kết nghĩa với xã Y")
_TWINNED_LOCALITY = rf"(?:xã|phường|thị\s+trấn|{lexicon.VILLAGE_RX})\s+"
_TWINNING = (
    r"(?:(?:(?<=lễ )|(?<=Lễ )|(?<=chức )|(?<=đã )|(?<=vừa )|(?<=thức ))kết\s+nghĩa|"
    r"(?<!hệ )(?<!vị )(?<!tục )(?<!trì )kết\s+nghĩa(?=\s+với\s+(?:"
    + _TWINNED_LOCALITY
    + r")?(?-i:"
    + lexicon.UPPER_CLASS
    + r")))"
)
# A cooperation document issued by its parties together ("A và B vừa ban hành Quy chế phối hợp"): a signing, when two
# or more bodies issue it (JOINT_ISSUE_MIN_PARTIES; one body issuing its own plan signs nothing)
_JOINT_ISSUE = (
    r"(?:(?<=vừa )|(?<=cùng )|(?<=đã ))ban\s+hành(?=\s+(?:[Qq]uy\s+chế|[Cc]hương\s+trình|[Nn]ghị\s+quyết|[Kk]ế\s+hoạch)"
    r"\s+(?:phối\s+hợp|liên\s+tịch))"
)
# The kinds of document an agreement is signed as, and the minutes and papers that name one ("biên bản ghi nhớ", "văn
# bản thỏa thuận")
_DOCUMENT_KINDS = rf"{_SIGNED_KINDS}|biên\s+bản|văn\s+bản"
# What follows a signing verb where no agreement is signed:
_NOT_AN_AGREEMENT = (
    # "ký hợp đồng": a contract of sale or service is no cooperation document (a "hợp đồng liên tịch" between bodies is
    # one); "ký phụ lục hợp đồng"; "đã ký kết nhiều chương trình phối hợp": a tally of years of work; "có ký số": a
    # digital signature
    r"hiệu|túc|giả|sự|ức|tên|số(?!\s*\d)|(?:kết\s+)?(?:phụ\s+lục\s+)?hợp\s+đồng(?!\s+liên\s+tịch)|"
    r"(?:kết\s+)?(?:nhiều|hàng\s+loạt)|"
    # "đã ký 21 chương trình phối hợp với Chính phủ, các bộ, ngành": a tally ("Lễ ký kết 02 Quy chế" is an act)
    rf"(?:kết\s+)?(?:được\s+)?[1-9]\d+\s+(?:{_SIGNED_KINDS}|văn\s+bản)|"
    # "ký ban hành 2 Thông tư", "ký Quyết định số 12/QĐ-UBND": a body issues its own act of administration, which no
    # partner signs (a joint circular, "Thông tư liên tịch", is signed together)
    r"(?:ban\s+hành\s+)?(?:(?:\d{1,2}|hai|ba|các)\s+)?(?:quyết\s+định|thông\s+tư(?!\s+liên\s+tịch)|"
    r"nghị\s+định(?!\s+thư)|chỉ\s+thị|công\s+văn|luật|pháp\s+lệnh|tờ\s+trình|báo\s+cáo|thông\s+báo)|"
    # ("trình UBND thành phố để ký ban hành.": any act issued but a joint one)
    r"ban\s+hành(?!\s+(?:(?:\d{1,2}|hai|ba|các)\s+)?(?:(?:quy\s+chế|chương\s+trình|kế\s+hoạch|nghị\s+quyết|quy\s+định)"
    r"\s+(?:phối\s+hợp|liên\s+tịch)|thông\s+tư\s+liên\s+tịch))|"
    # a signature on papers, a hire, a letter or minutes: "ký xác nhận hồ sơ nghiệm thu", "ký duyệt", "ký dôi dư 600
    # giáo viên", "ký HĐLĐ", "ký (các) văn bản gửi / đồng ý ...", "ký thay", "ký khống", "ký kết luận điều tra", "ký
    # biên bản bàn giao nhiệm vụ"
    r"xác\s+nhận|(?:phê\s+)?duyệt|nhận|gửi|quỹ|sổ|dôi|hồ\s+sơ|chứng\s+từ|hóa\s+đơn|giấy|đơn|lệnh|thay|khống|nháy|"
    r"kết\s+luận|(?-i:HĐLĐ)|"
    r"(?:các\s+)?văn\s+bản(?!\s+(?:thỏa\s+thuận|ghi\s+nhớ|phối\s+hợp|hợp\s+tác|liên\s+tịch|cam\s+kết))|"
    # ("ký kết biên bản bàn giao chức danh": "ký" alone before "kết" would read it so too)
    r"(?:kết\s+)?biên\s+bản\s+(?:bàn\s+giao|nghiệm\s+thu|vi\s+phạm|xử\s+phạt|kiểm\s+tra|làm\s+việc)"
)
_SIGN = re.compile(
    # the look-ahead on the first letter lets the scan skip most positions before the look-behinds run
    # ("đăng ký", "thư ký", "nhật ký", "chữ ký" are other words; a capitalised syllable before the verb ends a name,
    # "Đồn Biên phòng Bù Đăng ký kết", "xã Vũ Thư ký kết")
    # ("Văn phòng Đăng ký đất đai", "Thư ký Tòa soạn": capitalised, a word too when no "kết" nor a document follows;
    # "Đồn Biên phòng Bù Đăng ký kết / ký Quy chế ..." signs)
    r"(?=[kKđĐtTbB])(?<!(?-i:đăng) )(?<!(?-i:thư) )(?<!(?-i:nhật) )(?<!(?-i:chữ) )"
    rf"(?!(?:(?<=(?-i:Đăng) )|(?<=(?-i:Thư) ))[kK][ýí](?!\s+(?:kết|{_DOCUMENT_KINDS})(?![\w])))"
    r"(?<![\w])(?:[kK][ýí]\s+kết(?!\s+luận)|đặt\s+bút\s+[kK][ýí]|[kK][ýí]|thống\s+nhất\s+ban\s+hành|_JOINT_|_TWIN_)(?![\w])"
    rf"(?!\s+(?:{_NOT_AN_AGREEMENT})(?![\w]))".replace("_TWIN_", _TWINNING).replace("_JOINT_", _JOINT_ISSUE),
    re.IGNORECASE,
)
REVIEWED_YEAR_WINDOW = 80  # "tổng kết tình hình an ninh trật tự vùng giáp ranh năm 2022": review word to year

# --- signings that are not the reported event -----------------------------------------------------------
# "chương trình phối hợp đã ký kết giữa A và B": a document named by its past signing, not an event (but "tổ chức
# chương trình ký kết quy chế", "đã thực hiện / diễn ra chương trình ký kết phối hợp với B": the day's programme of
# signing, an event; "Thực hiện chương trình phối hợp ký kết ngày ...": the document carried out, told by its signing).
_DOCUMENT_QUALIFIER = r"(?:\s+(?:phối\s+hợp|liên\s+tịch|liên\s+ngành|công\s+tác))"
_RELATIVE = re.compile(
    # ("trao (đổi) văn bản ký kết chương trình": the signed texts exchanged at the ceremony, the act itself)
    r"(?<![\w])(?<!tổ\schức\s)(?<!trao\s)(?<!trao\sđổi\s)(?:"
    r"(?:(?<!thực\shiện\s)(?<!diễn\sra\s)chương\s+trình|kế\s+hoạch|quy\s+chế|văn\s+bản|thỏa\s+thuận|nghị\s+quyết|"
    # ("theo các điều khoản đã được ký kết giữa 2 bộ": the terms of a past agreement)
    rf"hợp\s+đồng|điều\s+khoản|văn\s+kiện){_DOCUMENT_QUALIFIER}*|chương\s+trình{_DOCUMENT_QUALIFIER}+)"
    # "Quy chế số 02/QC-CAT ký năm 2020 giữa ...": the number may come between, with or without "số" ("Quy chế
    # 3055/QC-X"), and its issue date ("số 3055/QC - X ngày 09/9/2015 được ký kết")
    r"(?:\s+(?:số\s+[\w./]+|\d[\w.]*/[\w./]+)(?:\s*-\s*[\w./]+)*)?"
    r"(?:\s+ngày\s+(?:[\d/.-]+|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?"  # ("ngày 09 tháng 9 năm 2015")
    # (its signers counted after "được": "số 12/CTrPH ... được hai bên ký kết ngày 26-3-2008", the document a review
    # names by its old signing; after "do", named or counted, see _NUMBERED_DOCUMENT_BETWEEN)
    rf"\s+(?:đã\s+)?(?:được\s+)?(?:{sides('các|hai|ba|2|3')}\s+)?(?:{_HOLDS}\s+)?$",
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
# ("... đề nghị Ban Tuyên giáo, thường trực HĐND nên có ký kết phối hợp": a signing recommended, or one owed: "buộc
# Mỹ phải ký Hiệp định Pa-ri"; in lower case: "Đồn Biên phòng Tiểu Cần ký kết"; not the logistics' name, "Tổng cục Hậu
# cần ký kết")
_PLANNED = re.compile(
    r"(?<![\w])(?:sẽ|dự\s+kiến|chuẩn\s+bị|tiến\s+tới|hướng\s+tới|(?-i:nên|(?<!ậu\s)cần|phải)(?:\s+có)?)\s+"
    rf"(?:(?:được|{_HOLDS}|lễ|cùng|chính\s+thức|còn|tiếp\s+tục)\s+)*$",
    re.IGNORECASE,
)
# "họp ... về công tác tổ chức Hội nghị tổng kết ... và ký kết chương trình": the meeting prepares the signing, which
# is only planned
_PREPARATION_OF = re.compile(
    r"(?<![\w])về\s+(?:công\s+tác\s+)?(?:tổ\s+chức|chuẩn\s+bị)\s+(?:[^.;:\n]*?\s)?(?:và|,)\s+$", re.IGNORECASE
)
PREPARATION_WINDOW = 200  # from "về công tác tổ chức" to the verb
_PLANNED_SENTENCE = re.compile(
    r"\s*(?:[+•-]\s*)?(?:theo\s+)?(?:dự\s+kiến|kế\s+hoạch\s+dự\s+kiến)(?![\w])", re.IGNORECASE
)
# "A sẽ phối hợp với B và C ký kết ...", "A sẽ cùng B ký kết ...": the partners between the plan and the verb
# "Quyết định số 724/QĐ-UBND ... do Phó Chủ tịch X ký", "Công văn của Sở Nội vụ do ông Y ký", "bằng tốt nghiệp do
# ông Z đã ký": the one who signed an act of administration, a letter or a diploma, not an agreement
_AUTHORED_BY = re.compile(
    r"(?<![\w])(?:quyết\s+định|kết\s+luận|công\s+văn|thông\s+báo|văn\s+bản|chỉ\s+thị|tờ\s+trình|bằng|giấy|báo\s+cáo|"
    r"thông\s+tư|nghị\s+định|hướng\s+dẫn)(?!\s+(?:phối\s+hợp|liên\s+tịch)(?![\w]))[^.;:\n]{0,120}?\sdo\s"
    r"[^.;:\n]{1,70}?\s(?:đã\s+)?$",
    re.IGNORECASE,
)
AUTHORED_BY_WINDOW = 200
# The plan on a verb before the signing: "sẽ trình Ban Thường vụ Quận ủy ký kết ...", "chuẩn bị nội dung để A ký kết
# ...", "dự kiến tham mưu cho UBND tỉnh ký kết ...": the signing is what the planned step leads to, not yet done
_PLANNED_THROUGH = re.compile(
    r"(?<![\w])(?:sẽ|dự\s+kiến|chuẩn\s+bị)\s(?:[^.;:\n]{0,60}?\s)?(?:trình|tham\s+mưu|đề\s+xuất|để)\s"
    r"[^.;:\n]{0,100}$",
    re.IGNORECASE,
)
PLANNED_THROUGH_WINDOW = 180  # before a verb: the planning word, the step and the signers
# The plan told after the signing: "A ký kết chương trình phối hợp với B, dự kiến tổ chức vào tháng 11/2012", "...
# giai đoạn 2021 - 2025, dự kiến trong quý I năm 2021": the act's time is only foreseen
_PLANNED_AFTER = re.compile(
    r"(?<![\w])dự\s+kiến\s+(?:(?:sẽ|được)\s+)?(?:(?:tổ\s+chức|diễn\s+ra|ký(?:\s+kết)?)\s+)?(?:vào|trong)\s",
    re.IGNORECASE,
)
# The act told as put off or called off after it: "lễ ký kết ... được tổ chức vào ngày 20/8, nhưng đã tạm hoãn do dịch",
# "Lễ ký kết ... đã phải hoãn", "... bị hủy": no signing happened (not a signing done after postponements, "ký kết sau
# hai lần phải hoãn": a count of times before it; a later sentence may report the act at last)
_POSTPONED_AFTER = re.compile(
    r"(?<![\w])(?<!lần\s)(?:(?:nhưng|song|đã|đều|phải|bị|buộc|tiếp\s+tục)\s+)+(?:tạm\s+)?(?:hoãn|hủy|huỷ)(?![\w])|"
    r"(?<![\w])(?:tạm\s+hoãn|hoãn\s+lại)(?![\w])",
    re.IGNORECASE,
)
_POSTPONEMENT_CUES = ("hoãn", "hủy", "huỷ")
# An agreement to sign at a later time: "hai bên thống nhất ký kết chương trình phối hợp mới sau khi sắp xếp bộ máy hoàn
# tất", "... thống nhất sẽ ký kết trong thời gian tới": "thống nhất" (agreed) right before the verb, and the time the
# clause gives after it still to come (not the agreement signed at once: "thống nhất ký kết chương trình giai đoạn 2021 -
# 2025" names no later time)
_AGREED_BEFORE = re.compile(r"(?<![\w])thống\s+nhất\s+(?:(?:sẽ|cùng|tiến\s+hành)\s+)*$", re.IGNORECASE)
AGREED_WINDOW = 30  # before a verb: "thống nhất (sẽ) "
_LATER_TIME_AFTER = re.compile(
    r"(?<![\w])(?:sau\s+khi|(?:trong\s+)?thời\s+gian\s+tới|sắp\s+tới|trong\s+năm\s+(?:tới|sau))(?![\w])",
    re.IGNORECASE,
)
# "sẽ chủ trì ký kết ...", "sẽ sửa đổi, bổ sung và ký kết ...": "sẽ" scopes over the series of verbs it opens, the
# signing among them (a few lower-case words, commas and "và" between it and the verb; a capitalised name would open a
# new subject)
_PLANNED_VERB_SERIES = re.compile(
    rf"(?<![\w])sẽ(?:\s*,?\s+(?:và\s+)?(?!(?-i:{lexicon.UPPER_CLASS}))[^\W\d_]+){{1,{PLANNED_SERIES_MAX_WORDS}}}\s*,?\s+"
    r"(?:và\s+)?$",
    re.IGNORECASE,
)
_PLANNED_WITH = re.compile(r"(?<![\w])sẽ\s+(?:cùng|phối\s+hợp)\s[^.;:\n]{0,100}$", re.IGNORECASE)
PLANNED_WITH_WINDOW = 120
# "A và B vẫn chưa ký kết ...", "không ký kết chương trình mới", "chưa được ký kết": no act took place
_NEGATED = re.compile(r"(?<![\w])(?:chưa|không|chẳng)\s+(?:(?:được|hề|từng)\s+)?$", re.IGNORECASE)
NEGATED_WINDOW = 20
# "A và B từng ký Chương trình phối hợp số 07 ...": "từng" right before the verb tells what was once done (an experience
# of the past, never the page's act; "từng" before a noun is "each": "đại diện từng đơn vị ký kết")
_ONCE_DONE = re.compile(r"(?<![\w])(?:đã\s+)?từng\s+(?:cùng\s+)?$", re.IGNORECASE)
ONCE_DONE_WINDOW = 16  # before a verb: "(đã) từng (cùng)"
# "A đề nghị B (và C) ký kết ...", "yêu cầu các đơn vị ký kết ...": a signing asked for, not done (not a request
# carried out, "Theo đề nghị của A, ...", nor one that ends before the event's place or ceremony: "... đề nghị làm
# rõ Ngày 14-10, tại lễ ký kết ...", a headline run on into the lead)
_REQUESTED = re.compile(
    r"(?<![\w])(?:đề\s+nghị|yêu\s+cầu|kiến\s+nghị|đề\s+xuất|mong\s+muốn)\s+(?!của(?![\w]))"
    r"(?:(?!(?<![\w])(?:tại|lễ|hội\s+nghị|buổi)(?![\w]))[^.;:\n]){0,100}$",
    re.IGNORECASE,
)
_SIGNED_YEAR = re.compile(r"\s+(?:vào\s+|từ\s+)?năm\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
# "Trước đó, ...", "từ năm 2019", "Sau 5 năm ký kết ...", "Qua 3 năm ký kết ...", "Trước khi hợp nhất, ...", "trong
# nhiệm kỳ trước": a signing years back, recalled (not a term written out, "nhiệm kỳ từ năm 2019 đến năm 2024": from a
# year to a year is a span, not "since")
_PAST = re.compile(
    r"(?<![\w])(?:trước\s+đó|trước\s+đây|đã\s+từng|"
    r"trước\s+(?:khi\s+)?(?:sáp\s+nhập|hợp\s+nhất|sắp\s+xếp|thành\s+lập)|(?:nhiệm\s+kỳ|giai\s+đoạn)\s+trước|"
    r"từ\s+năm(?!\s+(?:19|20)\d\d\s*(?:-|đến|tới)\s*(?:năm\s+)?(?:19|20)\d\d(?!\d))|"
    r"(?:sau|qua|hơn)\s+(?:\d{1,2}|hai|ba|bốn|năm|mười)\s+năm)"
    r"(?![\w])",
    re.IGNORECASE,
)
_SIGNED_KIND = re.compile(rf"\s+(?:(?:các|bản)\s+)?({_SIGNED_KINDS})(?![\w])", re.IGNORECASE)


# A document named by its title in quotation marks, then "đã (được)" before the verb: "góp phần thực hiện “Chương trình
# phối hợp hành động triển khai chiến lược nhà ở quốc gia đến năm 2020” đã được ký kết giữa A và B tháng 7/2012", or the
# kind before the quotation ("Quy chế phối hợp “...” đã ký")
_QUOTED_DOCUMENT_RELATIVE = re.compile(
    rf"(?:(?<![\w])(?:{_SIGNED_KINDS})[^“”\"\n]{{0,60}}?\s*[“\"]|[“\"](?:{_SIGNED_KINDS}))"
    r"[^”\"\n]{1,250}[”\"]\s+đã\s+(?:được\s+)?$",
    re.IGNORECASE,
)
QUOTED_RELATIVE_WINDOW = 330  # a quoted title of a programme runs long


# "Các chương trình được ký kết gồm: ...", "Các văn bản được ký kết tại hội nghị gồm:": the acts the event signed,
# listed after it (no "đã": "các chương trình đã được ký kết gồm" recalls earlier ones)
_ANNOUNCES_THE_ACTS = re.compile(
    r"\s*(?:(?:tại|trong)\s+(?:hội\s+nghị|buổi\s+lễ|lễ)(?:\s+(?:này|lần\s+này))?\s*)?(?:lần\s+này\s*)?"
    r"(?:(?:bao\s+)?gồm(?:\s+có)?\s*:?|:)",
    re.IGNORECASE,
)
_RECALLED = re.compile(r"(?<![\w])đã\s+(?:được\s+)?$", re.IGNORECASE)


# "Quy chế phối hợp số 02/QCPH ... đã được ký kết giữa A và B vào chiều ngày 25/4.": the passive closes its sentence
# with the time of the act, so it is the sentence's predicate, not a relative clause ("Quy chế ... được ký kết giữa A
# và B (vào ngày D) đã phát huy hiệu quả" goes on to its own predicate)
_ACT_TIME_CLOSING = re.compile(
    r"\svào\s+(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*[.!]?\s*$",
    re.IGNORECASE,
)


# "sơ kết Chương trình phối hợp số 12/CTr-TCT-CAT giữa Trường Chính trị tỉnh và Công an tỉnh ký ngày 15/4/2020": a
# numbered document and its parties, then "ký" with a day or a year, is a participle telling when that document was
# signed (the day's act is written "ký kết ..." or "ký" with its document after it); so are its signers as the agents
# after "do" ("Quy chế phối hợp số 12/QCPH-CTHADS-CAT do hai cơ quan ký ngày 20/4/2014")
_NUMBERED_DOCUMENT_BETWEEN = re.compile(
    rf"(?<![\w])(?:{_SIGNED_KINDS}){_DOCUMENT_QUALIFIER}*\s+(?:số\s+)?\d[\w.]*(?:/[\w./-]+)?"
    r"\s+(?:giữa|do)\s[^.;:\n]{1,120}?\s$",
    re.IGNORECASE,
)
NUMBERED_DOCUMENT_WINDOW = 200  # before the verb: the document word, its symbol and its parties
_ON_A_DAY = re.compile(r"\s+(?:vào\s+)?(?:ngày|năm)\s+\d", re.IGNORECASE)


def _signed_on_a_day_by_its_parties(text: str, s_start: int, verb: re.Match) -> bool:
    """Whether the bare verb "ký" tells the day a numbered document was signed between its parties (see
    _NUMBERED_DOCUMENT_BETWEEN)."""
    return (
        verb.group(0).lower() == "ký"
        and _ON_A_DAY.match(text, verb.end()) is not None
        and _NUMBERED_DOCUMENT_BETWEEN.search(text, max(s_start, verb.start() - NUMBERED_DOCUMENT_WINDOW), verb.start())
        is not None
    )


def _in_a_relative_clause(text: str, s_start: int, s_end: int, verb: re.Match) -> bool:
    if _signed_on_a_day_by_its_parties(text, s_start, verb):
        return True
    if _ANNOUNCES_THE_ACTS.match(text, verb.end()) and not _RECALLED.search(
        text, max(s_start, verb.start() - 12), verb.start()
    ):
        return False
    relative = _RELATIVE.search(text, max(s_start, verb.start() - RELATIVE_WINDOW), verb.start())
    if relative is None:
        relative = _QUOTED_DOCUMENT_RELATIVE.search(
            text, max(s_start, verb.start() - QUOTED_RELATIVE_WINDOW), verb.start()
        )
    return (
        relative is not None
        and not _DATED_OPENER.fullmatch(text, s_start, relative.start())
        and not _ACT_TIME_CLOSING.search(text, verb.end(), s_end)
    )


# What every match of _SIGN spells, in lower case: "ký" or "kí" (also in "ký kết", "đặt bút ký"), "nghĩa" ("kết
# nghĩa"), or both "ban" and "hành" ("thống nhất ban hành", a joint "ban hành"). Most sentences hold none of them, and
# the test of the lowered sentence costs a fraction of the pattern's scan, which enters it at every character.
_SIGNING_VERB_CUES = ("ký", "kí", "nghĩa")
_JOINT_ISSUE_CUES = ("ban", "hành")


def _may_hold_a_signing_verb(lowered: str) -> bool:
    """Whether the lower-cased sentence holds what a match of _SIGN spells (see _SIGNING_VERB_CUES)."""
    return any(cue in lowered for cue in _SIGNING_VERB_CUES) or all(cue in lowered for cue in _JOINT_ISSUE_CUES)


@lru_cache(maxsize=512)
def _sentence_signing_verbs(text: str, s_start: int, s_end: int) -> tuple[re.Match, ...]:
    """The matches of _SIGN in a sentence, kept per sentence: the main clause's verbs and the first verb read them."""
    if not _may_hold_a_signing_verb(text[s_start:s_end].lower()):
        return ()
    return tuple(_SIGN.finditer(text, s_start, s_end))


@lru_cache(maxsize=512)
def _main_clause_signing_verbs(text: str, s_start: int, s_end: int) -> tuple[re.Match, ...]:
    """The signing verbs of a sentence that no relative clause holds ("đơn vị đã ký kết ..."); kept per sentence
    because both the signer titles and the signing candidates read them (the text's hash is computed once)."""
    return tuple(
        v for v in _sentence_signing_verbs(text, s_start, s_end) if not _in_a_relative_clause(text, s_start, s_end, v)
    )


@lru_cache(maxsize=512)
def _first_signing_verb(text: str, s_start: int, s_end: int) -> re.Match | None:
    """The first signing verb of a sentence, kept per sentence: the hub and term stages ask it for every body and
    period the sentence holds."""
    return next(
        (v for v in _sentence_signing_verbs(text, s_start, s_end) if not _of_a_replaced_document(text, s_start, v)),
        None,
    )


# "..., thay thế chương trình ký năm 2021", "thay cho quy chế đã ký trước đây": a verb telling how the replaced document
# came about, no act of the sentence
_REPLACED_DOCUMENT_BEFORE = re.compile(
    r"(?<![\w])thay\s+(?:thế|cho)(?:\s+cho)?\s+(?:các\s+|những\s+)?"
    r"(?:chương\s+trình|kế\s+hoạch|quy\s+chế|văn\s+bản|thỏa\s+thuận|nghị\s+quyết|giao\s+ước)[^.;:\n]{0,60}?\s$",
    re.IGNORECASE,
)
REPLACED_DOCUMENT_WINDOW = 100


def _of_a_replaced_document(text: str, s_start: int, verb: re.Match) -> bool:
    return bool(
        _REPLACED_DOCUMENT_BEFORE.search(text, max(s_start, verb.start() - REPLACED_DOCUMENT_WINDOW), verb.start())
    )


# A capitalised "Ký" between the syllables of a name ("ông Nguyễn Xuân Ký, ủy viên ...", "Trung đoàn Ký Con"): a
# capitalised word before it, or one after it that opens no document ("lễ Ký giao ước thi đua", "Ký Quy chế" sign)
_CAPITALISED_WORD_BEFORE = re.compile(rf"(?<![\w])(?-i:{lexicon.UPPER_CLASS})\w*\s+$")
_CAPITALISED_NON_DOCUMENT_AFTER = re.compile(
    rf"\s+(?!(?:{_DOCUMENT_KINDS}|bản)(?![\w]))(?-i:{lexicon.UPPER_CLASS})", re.IGNORECASE
)


def _a_name_syllable(text: str, verb: re.Match) -> bool:
    """Whether the verb is the syllable "Ký" of a name (see _CAPITALISED_WORD_BEFORE)."""
    if not verb.group(0).startswith("K") or verb.group(0)[:6].lower().startswith("ký kết"):
        return False
    return bool(
        _CAPITALISED_WORD_BEFORE.search(text, max(0, verb.start() - 12), verb.start())
        or _CAPITALISED_NON_DOCUMENT_AFTER.match(text, verb.end())
    )


def _signing_verbs(scan: _SigningScan, s_start: int, s_end: int) -> list[re.Match]:
    """The sentence's verbs of a signing the article reports (not a relative clause, a plan, an old year)."""
    text = scan.text
    if _PLANNED_SENTENCE.match(text, s_start, s_end):
        return []  # "Theo dự kiến, trong quý I, A sẽ ký kết ...": not an event the article reports
    return [
        v
        for v in _main_clause_signing_verbs(text, s_start, s_end)
        if not _told_as_no_act_before(text, s_start, v)
        and not _planned_after(text, v.end(), s_end)
        and not _postponed_after(text, v.end(), s_end)
        and not _agreed_for_later(text, s_start, v, s_end)
        and not _a_name_syllable(text, v)
        and not _signed_in_past_year(text, v.end(), s_end, scan.ref_year)
        and not _a_contract_signed(text, v.end(), s_end)
        and not _of_a_replaced_document(text, s_start, v)
    ]


# The words before a signing verb that tell it as no act the page reports, each looked for within its window before
# the verb: an object's relative clause, a plan (a planning word, a plan with partners, a series of verbs "sẽ" scopes
# over, a step the signing is planned through), a request, a negation, an experience of the past, the author of an act
# of administration, a preparation (the plans told after the verb: _planned_after, _postponed_after)
_NO_ACT_BEFORE = (
    (_OBJECT_RELATIVE, OBJECT_RELATIVE_WINDOW),
    (_PLANNED, PLANNED_WINDOW),
    (_PLANNED_WITH, PLANNED_WITH_WINDOW),
    (_PLANNED_VERB_SERIES, PLANNED_SERIES_WINDOW),
    (_PLANNED_THROUGH, PLANNED_THROUGH_WINDOW),
    (_REQUESTED, PLANNED_WITH_WINDOW),
    (_NEGATED, NEGATED_WINDOW),
    (_ONCE_DONE, ONCE_DONE_WINDOW),
    (_AUTHORED_BY, AUTHORED_BY_WINDOW),
    (_PREPARATION_OF, PREPARATION_WINDOW),
)


def _told_as_no_act_before(text: str, s_start: int, verb: re.Match) -> bool:
    """Whether the sentence, before ``verb``, tells the signing as planned, asked for, denied, once done or another's
    act (``_NO_ACT_BEFORE``)."""
    at = verb.start()
    return any(rx.search(text, max(s_start, at - window), at) for rx, window in _NO_ACT_BEFORE)


def _planned_after(text: str, verb_end: int, s_end: int) -> bool:
    """Whether the signing's clause goes on to foresee its time (``_PLANNED_AFTER``; the word is rare: most clauses are
    searched for nothing)."""
    at = text.find("dự kiến", verb_end, s_end)
    return at >= 0 and _PLANNED_AFTER.match(text, at) is not None


def _agreed_for_later(text: str, s_start: int, verb: re.Match, s_end: int) -> bool:
    """Whether the signing is only agreed on, for a time still to come (``_AGREED_BEFORE``, ``_LATER_TIME_AFTER``;
    "thống nhất" before the verb is rare: most verbs are looked at no further)."""
    if not _AGREED_BEFORE.search(text, max(s_start, verb.start() - AGREED_WINDOW), verb.start()):
        return False
    return _LATER_TIME_AFTER.search(text, verb.end(), s_end) is not None


def _postponed_after(text: str, verb_end: int, s_end: int) -> bool:
    """Whether the signing's sentence goes on to put the act off (``_POSTPONED_AFTER``; its words are rare: most
    sentences are searched for nothing)."""
    if all(text.find(cue, verb_end, s_end) < 0 for cue in _POSTPONEMENT_CUES):
        return False
    return _POSTPONED_AFTER.search(text, verb_end, s_end) is not None


# What the verb signs, named after its partner ("ký kết với Công ty X hợp đồng BT", "ký kết với Công ty X theo hình thức
# hợp đồng BT"): the first word of a kind of agreement after the verb; a contract is none ("ký hợp đồng" right after
# the verb is read by _NOT_AN_AGREEMENT)
_AGREEMENT_OR_CONTRACT = re.compile(
    rf"(?<![\w])(?:{_SIGNED_KINDS}|phối\s+hợp|hợp\s+tác|liên\s+tịch|ghi\s+nhớ|kết\s+nghĩa|"
    r"(?P<contract>hợp\s+đồng)(?!\s+liên\s+tịch))(?![\w])",
    re.IGNORECASE,
)


def _a_contract_signed(text: str, verb_end: int, s_end: int) -> bool:
    """Whether the first kind of agreement named after the verb is a contract."""
    m = _AGREEMENT_OR_CONTRACT.search(text, verb_end, s_end)
    return bool(m and m.group("contract"))


# A photo's note that it is from the archive or an illustration ("Ảnh tư liệu", "(Ảnh minh họa)", "Ảnh: TL"), at the end
# of its caption or on the caption's line after it
_ARCHIVE_PHOTO = re.compile(
    r"(?<![\w])(?:ảnh|hình\s+ảnh)\s*:?\s*(?:tư\s+liệu|minh\s+h[ọo]a|(?-i:TL))(?![\w])[^\n]{0,30}$",
    re.IGNORECASE,
)
ARCHIVE_NOTE_REACH = 40  # characters before a caption's end where its photo's note may stand


def _signing_sentence(scan: _SigningScan, si: int, s_start: int, s_end: int) -> _Sentence | None:
    """The sentence as a reported signing, or None (no verb, or it recalls an old signing)."""
    verbs = _signing_verbs(scan, s_start, s_end)
    if not verbs:
        return None
    text = scan.text
    line_end = text.find("\n", s_end)
    if _ARCHIVE_PHOTO.search(text, max(s_start, s_end - ARCHIVE_NOTE_REACH), len(text) if line_end < 0 else line_end):
        return None  # the caption of an archive or illustrative photo: a signing of another day, shown again
    lo_all, hi_all = bisect.bisect_left(scan.all_starts, s_start), bisect.bisect_left(scan.all_starts, s_end)
    lo, hi = bisect.bisect_left(scan.usable_starts, s_start), bisect.bisect_left(scan.usable_starts, s_end)
    in_sent = _fold_parents_in_apposition(text, _bodies_of_sentence(text, s_start, scan.usable[lo:hi]))
    lo, hi = bisect.bisect_left(scan.date_starts, s_start), bisect.bisect_left(scan.date_starts, s_end)
    sent_dates = [d for d in scan.dates[lo:hi] if d.start not in scan.doc_dates and d.start not in scan.spans]
    ref_year = scan.event_year or scan.ref_year
    if _reports_past(text, s_start, verbs[0].start(), sent_dates, scan.periods, ref_year):
        return None
    if _signed_document_of_past_year(scan, verbs[0].end(), s_end, ref_year):
        return None
    if _dates_an_old_document(scan, s_start, s_end, scan.dates[lo:hi], ref_year):
        return None
    return _Sentence(si, s_start, s_end, verbs, in_sent, scan.agencies[lo_all:hi_all], sent_dates)


# "các tổ chức chính trị - xã hội (Huyện đoàn, Hội Nông dân, Hội LHPN huyện) đã ký kết ...", "3 đơn vị (A, B, C)":
# a plural group whose members the brackets name (they are the group, no note)
_GROUP_BEFORE_BRACKET = re.compile(
    rf"(?<![\w])(?:các|những|{lexicon.COUNT_RX})\s+"
    r"(?:tổ\s+chức\s+chính\s+trị|đoàn\s+thể|tổ\s+chức\s+hội|đơn\s+vị|cơ\s+quan|lực\s+lượng|ngành|bên)"
    r"(?:(?:\s+|\s*[-–]\s*)[^\W\d_]+){0,5}\s*\($",
    re.IGNORECASE,
)
GROUP_BRACKET_WINDOW = 80  # before "(": the plural group


def _members_in_brackets(text: str, s_start: int, pos: int) -> bool:
    """Whether the bracket open at ``pos`` lists the members of a plural group named right before it."""
    opening = text.rfind("(", s_start, pos)
    return bool(_GROUP_BEFORE_BRACKET.search(text, max(s_start, opening - GROUP_BRACKET_WINDOW), opening + 1))


def _bodies_of_sentence(text: str, s_start: int, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """The sentence's bodies that may be parties: no place, none of an anniversary's clause, none in brackets (a
    note) but the members of a list that opened before them ("Công an các tỉnh nằm trong cụm thi đua số 7 (Đắk Nông,
    Đắk Lắk)": the list's kind spans its first member) or of a plural group the bracket follows."""
    kept: list[AgencyMention] = []
    for a in mentions:
        if a.is_location or in_anniversary_clause(text, a.start):
            continue
        if (
            _inside_parens(text, s_start, a.start)
            and not (a.listed and kept and kept[-1].listed and kept[-1].core == a.core)
            and not _members_in_brackets(text, s_start, a.start)
        ):
            continue
        kept.append(a)
    return kept


def _signed_kind(text: str, verb_end: int) -> str:
    """The kind of document printed right after the signing verb ("ký kết kế hoạch ...": "kế hoạch")."""
    m = _SIGNED_KIND.match(text, verb_end)
    return WS.sub(" ", m.group(1)).lower() if m else ""


SIGNED_DOCUMENT_WINDOW = 60  # after the verb: the document it signs ("ký kết Chương trình phối hợp số 05 ...")
ISSUE_DATE_GAP = 20  # after that document: its issue date (", ngày 12/4/2016", " ban hành ngày ...")
# A document dated in the last months of the year before may be the one signed at the new year's event.
LATE_MONTHS_OF_YEAR_BEFORE = 11


# Before a document the signed act carries out, follows or replaces ("ký kết quy chế mới thay thế Quy chế số 12 ngày
# 3/4/2014"), not the one it signs
_CARRIED_OUT_BEFORE = re.compile(
    r"(?<![\w])(?:theo|căn\s+cứ|thực\s+hiện|triển\s+khai|trên\s+cơ\s+sở|cụ\s+thể\s+hóa|hướng\s+dẫn|thay\s+(?:thế|cho))"
    r"(?![\w])",
    re.IGNORECASE,
)


def _signed_document_of_past_year(scan: _SigningScan, verb_end: int, s_end: int, ref_year: int | None) -> bool:
    """ "A và B đã ký kết Chương trình phối hợp số 05 ngày 12/4/2016" in a later article: the document signed is dated
    years back, so the signing is retold, not the event (its issue date is no date of the sentence's act)."""
    if not ref_year:
        return False
    i = bisect.bisect_left(scan.doc_starts, verb_end)
    if i == len(scan.docs) or scan.docs[i].start >= min(s_end, verb_end + SIGNED_DOCUMENT_WINDOW):
        return False
    if _CARRIED_OUT_BEFORE.search(scan.text, verb_end, scan.docs[i].start):
        return False  # "ký kết quy chế phối hợp thực hiện Nghị định số 77/2010/NĐ-CP ngày ...": the act carries it out
    doc_end = scan.docs[i].end
    j = bisect.bisect_left(scan.date_starts, doc_end)
    if j == len(scan.dates):
        return False
    issued = scan.dates[j]
    if issued.start not in scan.doc_dates or issued.start > doc_end + ISSUE_DATE_GAP or not issued.year:
        return False
    return _long_before(issued.year, issued.month, ref_year)


def _dates_an_old_document(
    scan: _SigningScan, s_start: int, s_end: int, sentence_dates: list, ref_year: int | None
) -> bool:
    """Whether the sentence, naming no document, prints the issue date, years back, of a document named before it:
    "... tổng kết Chương trình phối hợp số 02-CTr/ĐUK-CĐVC. Chương trình được A ký kết với B ngày 15-3-2011." retells
    the old signing of the reviewed document (its date is the document's, read by its retelling), not the page's
    event."""
    if not ref_year or bisect.bisect_left(scan.doc_starts, s_start) < bisect.bisect_left(scan.doc_starts, s_end):
        return False
    return any(
        d.start in scan.doc_dates and d.year and _long_before(d.year, d.month or 1, ref_year) for d in sentence_dates
    )


def _long_before(year: int, month: int, ref_year: int) -> bool:
    """Whether a month of a year falls before the page's year by more than a late report's lag (the last months of
    the year before may be the act a new year's page reports)."""
    return year < ref_year - 1 or (year == ref_year - 1 and month < LATE_MONTHS_OF_YEAR_BEFORE)


def _signed_in_past_year(text: str, verb_end: int, s_end: int, ref_year: int | None) -> bool:
    """ "... ký năm 2020 giữa A và B" in a later article, "A kết nghĩa với xã B từ năm 2010": an old signing recalled,
    not the event."""
    if not ref_year:
        return False
    m = _SIGNED_YEAR.match(text, verb_end, s_end)
    if m and int(m.group(1)) < ref_year:
        return True
    if any(int(since.group(1)) < ref_year for since in _SINCE_YEAR.finditer(text, verb_end, s_end)):
        return True
    if (
        text.find("háng", verb_end, s_end) < 0
    ):  # (a month is rare after the verb: most clauses are searched for nothing)
        return False
    months = list(_SIGNED_IN_MONTH.finditer(text, verb_end, s_end))
    right_after = _MONTH_RIGHT_AFTER.match(text, verb_end, s_end)
    if right_after:
        months.append(right_after)
    return any(_long_before(int(m.group("year")), int(m.group("month")), ref_year) for m in months)


# "đã ký kết chương trình phối hợp vào tháng 5/2022", "quy chế ... ký từ tháng 3/2011": the month the act was done, or
# since when a signed document holds (not a term's first month, "từ tháng 1/2024 đến tháng 12/2025")
_SIGNED_IN_MONTH = re.compile(
    r"(?<![\w])(?:vào|từ)\s+tháng\s+(?P<month>\d{1,2})\s*(?:[./-]|,?\s+năm)\s*(?P<year>(?:19|20)\d\d)(?!\d)"
    r"(?!\s*(?:[-–]|(?:đến|tới)(?![\w])))",
    re.IGNORECASE,
)


# "Quy chế được A và B ký kết tháng 8/2021": a month and year right after the verb, with no preposition, is the time
# of the act too (a passive's agents come before the verb, so its time follows it at once)
_MONTH_RIGHT_AFTER = re.compile(
    r"\s+tháng\s+(?P<month>\d{1,2})\s*(?:[./-]|,?\s+năm)\s*(?P<year>(?:19|20)\d\d)(?!\d)"
    r"(?!\s*(?:[-–]|(?:đến|tới)(?![\w])))",
    re.IGNORECASE,
)


# "từ năm 2010", "từ 2018 đến nay": since a year (not a term's first year, "từ năm 2021 đến năm 2025", "từ 2021 - 2025")
_SINCE_YEAR = re.compile(
    r"(?<![\w])từ\s+(?:năm\s+)?((?:19|20)\d\d)(?!\d)(?!\s*(?:[-–]|(?:đến|tới)(?:\s+hết)?\s+(?:năm\s+)?(?:19|20)\d\d))",
    re.IGNORECASE,
)


# "Hội nghị sơ kết 01 năm ký kết chương trình ...", "tổng kết 5 năm ký kết quy chế": the review of what was signed that
# long ago, whatever the day the sentence gives (the review's)
_REVIEWED_SINCE_SIGNING = re.compile(
    rf"(?<![\w])(?:sơ|tổng)\s+kết\s+(?:một|{lexicon.COUNT_RX})\s+(?:năm|tháng)\s+(?:thực\s+hiện\s+)?$",
    re.IGNORECASE,
)
REVIEWED_SINCE_WINDOW = 40


# (round s34) "Đầu năm 2025, A, B và C đã ký kết giao ước thi đua" on a review's page: a sentence opened by a part of a
# year and no day, its act told as done ("đã" before the verb), recalls what was signed then; the page's act has its
# day ("Chiều 13-8, Khối thi đua ... tổ chức hội nghị sơ kết")
_PART_OF_A_YEAR_OPENING = re.compile(
    r"\s*(?:(?:trước\s+đó|trước\s+đây)\s*,\s*)?(?:vào\s+|hồi\s+|từ\s+)?"
    r"(?:(?:đầu|cuối|giữa)\s+năm|quý\s+(?:I{1,3}|IV|[1-4]))(?:\s+(?:(?:19|20)\d\d|nay|ngoái))?\s*,",
    re.IGNORECASE,
)
_DONE_RIGHT_BEFORE = re.compile(r"(?<![\w])đã\s+(?:(?:cùng|chính\s+thức|tổ\s+chức)\s+)?$", re.IGNORECASE)
DONE_WINDOW = 30  # before the verb: "đã (cùng) "


def _reports_past(text: str, s_start: int, verb: int, sent_dates, periods, ref_year) -> bool:
    """A sentence recalling an old signing ("Trước đó, năm 2018 A đã ký kết ...", "Tháng 12/2015, A và B đã ký
    kết ...", "Đầu năm 2025, A và B đã ký kết ...")."""
    if _REVIEWED_SINCE_SIGNING.search(text, max(s_start, verb - REVIEWED_SINCE_WINDOW), verb):
        return True
    if (
        not sent_dates
        and _PART_OF_A_YEAR_OPENING.match(text, s_start, verb)
        and _DONE_RIGHT_BEFORE.search(text, max(s_start, verb - DONE_WINDOW), verb)
    ):
        return True
    if sent_dates:
        y = sent_dates[0].year
        return bool(ref_year and y and y < ref_year)
    if _PAST.search(text, s_start, verb):
        return True
    if ref_year:
        years = [(p.start, p.first) for p in periods if s_start <= p.start < verb and p.kind == "year"]
        years += months_of_year(text, s_start, verb)
        for start, year in years:
            if year < ref_year:
                if _REVIEWS.search(text, max(s_start, start - REVIEWED_YEAR_WINDOW), start):
                    continue  # "hội nghị sơ kết năm 2022 và ký kết ...": the year reviewed, not the time of the act
                return True
    return False


def _sentences_signing(text: str, sentences: list[tuple[int, int]]) -> Iterator[tuple[int, int, re.Match]]:
    """Each sentence whose main clause holds a signing verb, with its first such verb."""
    for s_start, s_end in sentences:
        verbs = _main_clause_signing_verbs(text, s_start, s_end)
        if verbs:
            yield s_start, s_end, verbs[0]


def _inside_parens(text: str, start: int, pos: int) -> bool:
    return text.count("(", start, pos) > text.count(")", start, pos)  # (counted in place: no slice per mention)
