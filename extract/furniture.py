"""Page furniture: the parts of a news page that are not the report.

A stored news page keeps, around the report, what the site prints on every page: menus and
section labels, the masthead, date and time stamps, view and visitor counters, share and comment
widgets, hotline banners, bylines and photo credits, image file names, a site's directory of its
editorial board, teasers of other articles, and lines printed twice (a lead repeated under the
photo).  None of it names an actor of the reported event, and its dates are not the event's.

``find_furniture`` returns the character spans of such furniture in a (normalised) text; the
pipeline blanks them out before any component looks for documents, dates, agencies or persons.
The rules are about the shapes of page furniture, not about any one site.  The first line (the
headline) is never furniture.
"""

from __future__ import annotations

import functools
import re

from phoihop.extract import lexicon, sentence_openers
from phoihop.text import line_spans

# Labels of the lists of the site's other articles ("Các tin đã đăng", "Bài đã đăng", "Tin, bài khác", "Thông tin
# khác", "Các bài khác", "Bài cùng chuyên mục", "Tin cũ hơn")
_OTHER_ARTICLES = (
    r"(?:các\s+)?(?:tin|bài)(?:\s*,\s*bài)?(?:\s+viết)?\s+đã\s+(?:đăng|đưa)(?:\s+ngày)?|"
    r"(?:các\s+)?(?:tin\s*,\s*)?bài(?:\s+viết)?\s+khác|(?:các\s+)?tin(?:\s*,?\s*bài)?\s+khác|thông\s+tin\s+khác|"
    r"(?:tin|bài)\s+cùng\s+(?:chuyên\s+mục|chủ\s+đề)|(?:các\s+)?(?:tin|bài)\s+(?:mới|cũ)\s+hơn"
)
# Words of web-page chrome that open a line of furniture ("Lượt xem: 34", "Chia sẻ", "Tin liên quan").
_CHROME_LABEL = re.compile(
    r"\s*(?:lượt\s+(?:xem|đọc|truy\s+cập)|cms-[\w-]+|chia\s+sẻ|bình\s+luận|viết\s+bình\s+luận|trả\s+lời|"
    r"đăng\s+nhập|đăng\s+ký\s+gói|xem\s+thêm|đọc\s+thêm|tin\s+liên\s+quan|(?:tin\s+)?bài(?:\s+viết)?\s+liên\s+quan|"
    r"tin\s+cùng\s+chuyên\s+mục|từ\s+khóa|tags?\s*:|(?:tin\s+)?(?:đọc|xem)\s+nhiều|tin\s+nổi\s+bật|"
    r"tin\s+mới(?:\s+nhất|\s+cập\s+nhật)?\s*[:>»]*\s*$|"
    r"các\s+tin\s+khác|tin\s+khác|in\s+trang|tìm\s+kiếm|liên\s+kết\s+website|thống\s+kê\s+truy\s+c[âậa]p|"
    r"truy\s+c[âậa]p|đang\s+truy\s+cập|đường\s+dây\s+nóng|hotline|skip\s+to\s+main\s+content|chuyên\s+mục|"
    r"email|cỡ\s+chữ|mặc\s+định|theo\s+dõi|zalo|facebook|trang\s+chủ|(?:bài\s+viết|tin)\s+thuộc\s+chuyên\s+mục|"
    # (a site's footer: "Cơ quan chủ quản: UBND tỉnh X", "Giấy phép số ...", "Người chịu trách nhiệm: ...", "©")
    r"cơ\s+quan\s+chủ\s+quản|giấy\s+phép\s+(?:xuất\s+bản|hoạt\s+động|số)|(?:người\s+)?chịu\s+trách\s+nhiệm[^:\n]{0,20}:|"
    r"tổng\s+biên\s+tập\s*:|bản\s+quyền|"
    rf"(?:{_OTHER_ARTICLES})\s*[:>»]*\s*$)(?![\w])|\s*©",
    re.IGNORECASE,
)
# Labels after which a few lines are other articles' headlines.
_TEASER_LABEL = re.compile(
    r"\s*(?:tin\s+liên\s+quan|(?:tin\s+)?bài(?:\s+viết)?\s+liên\s+quan|tin\s+cùng\s+chuyên\s+mục|các\s+tin\s+khác|"
    r"tin\s+khác|xem\s+thêm|đọc\s+thêm|(?:tin\s+)?(?:đọc|xem)\s+nhiều(?:\s+nhất)?|tin\s+mới(?:\s+nhất)?|tin\s+nổi\s+bật|"
    # (round s30: the labels of older and government sites)
    rf"{_OTHER_ARTICLES})\b",
    re.IGNORECASE,
)
_TEASER_LINES = 6
# An outlet's short form in brackets opening a lead: "(KGO) - Chiều 27-9, ..."
_BRACKETED_DATELINE = re.compile(r"\s*\((?-i:[A-ZĐ]{2,8})\)\s*[-–]\s*\S")
# (round s34: a second such dateline below the report, its lead cut short by an ellipsis, opens another article's
# teaser: "(KGO) - Chiều 7-5, Hội Nông dân tỉnh tổ chức hội nghị tập huấn ...")
_ELLIPSES = ("...", "…")
# Labels of the boxes a page prints after its report ("CÓ THỂ BẠN QUAN TÂM", "Tin cùng chuyên mục"): alone on
# a line after the report's prose, they end the report, and the rest of the page is other articles' teasers
# (whose lines may end in a full stop or "…", so the teaser-line rule above would stop at them).
_END_LABEL = re.compile(
    r"\s*(?:có\s+thể\s+bạn\s+quan\s+tâm|bạn\s+có\s+thể\s+quan\s+tâm|tin\s+cùng\s+chuyên\s+mục|"
    r"(?:các\s+)?tin\s+(?:bài\s+)?khác|(?:các\s+)?bài\s+viết\s+khác|tin\s+mới(?:\s+nhất|\s+cập\s+nhật)?|(?:tin\s+)?đọc\s+nhiều(?:\s+nhất)?|"
    r"(?:tin\s+)?xem\s+nhiều(?:\s+nhất)?|tin\s+nổi\s+bật|(?:các\s+)?tin\s+đã\s+đưa(?:\s+ngày)?|"
    # (round s6) more box labels; a bare "Bình luận" or "Chia sẻ" may stand above the report too, so they are not here
    r"(?:tin\s+|bài\s+viết\s+)?cùng\s+(?:chuyên\s+mục|chủ\s+đề|loại)|(?:tin|bài\s+viết)\s+cùng\s+chủ\s+đề|"
    r"(?:các\s+)?tin\s+tức\s+khác|(?:các\s+)?(?:tin|bài)\s+(?:mới|cũ)\s+hơn|(?:tin|bài)\s+(?:trước|tiếp\s+theo)|"
    r"ý\s+kiến\s+(?:bạn\s+đọc|của\s+bạn)|(?:gửi|viết)\s+bình\s+luận|tags?|thẻ|chủ\s+đề|"
    rf"{_OTHER_ARTICLES})\s*[:>»]*\s*$",
    re.IGNORECASE,
)
_PROSE_MIN = 60  # a line of the report: this long and ending a sentence
_PROSE_BEFORE_END = 2  # a label with fewer such lines above it is in a menu at the top of the page
# Names of page sections and media types; a line with two of them and no sentence is a menu.
_MENU_WORD = re.compile(
    r"(?<![\w])(?:video|podcast|emagazine|e-magazine|infographic|multimedia|megastory|"
    r"longform|báo\s+in|báo\s+ảnh|trang\s+chủ|thời\s+sự|pháp\s+luật|xã\s+hội|kinh\s+tế|"
    r"văn\s+hóa|thể\s+thao|giải\s+trí|quốc\s+tế|media|rss)(?![\w])",
    re.IGNORECASE,
)
# Pieces of a date/time stamp: weekdays, dates, times, time zones, the labels of a stamp.
_STAMP_PIECE = re.compile(
    r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{2,4})?|"
    r"\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?|\[?\(?gmt\s*\+\s*\d+\)?\]?|cập\s+nhật(?:\s+lúc)?|ngày\s+đăng|"
    r"ngày\s+cập\s+nhật|đăng\s+lúc|đăng\s+ngày|ngày|lúc|giờ|trước|am|pm|\d+)",
    re.IGNORECASE,
)
_STAMP_REST = re.compile(r"[\s,.;:|\-–()\[\]/•]*")
# A stamp run into the report where the page lost its line breaks ("... Bộ Công an Thứ ba, 19/07/2016 08:20
# (Cadn.com.vn) - Chiều 18-7, ...", "Cập nhật lúc 05:59, Thứ Sáu, 18/11/2016 (GMT+7)"): a full date with the hour and
# minute right before or after it (a report says "lúc 8 giờ 30 ngày 18/7"), a weekday, a time zone, the stamp's label.
_WEEKDAY = r"(?:(?<![\w])(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*)"
_FULL_DATE = r"(?<![\w/])\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d\d(?![\w/])"
_CLOCK = r"(?<![\w:])\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?(?![\w:])(?:\s*(?:am|pm)(?![\w]))?"
_IN_LINE_STAMP = re.compile(
    rf"(?:(?<![\w])cập\s+nhật(?:\s+lúc)?\s*:?\s*)?"
    rf"(?:{_WEEKDAY}?{_FULL_DATE}\s*[,|\-–]?\s*{_CLOCK}|{_CLOCK}\s*[,|\-–]?\s*{_WEEKDAY}?{_FULL_DATE})"
    r"(?:\s*\[?\(?gmt\s*\+\s*\d+\)?\]?)?",
    re.IGNORECASE,
)
# A character that is neither in a stamp piece nor between pieces: the line is no stamp (checked before
# the substitution, which is slow on the long lines of the report).
_NOT_STAMP_CHAR = re.compile(
    r"[^\d\s,.;:|\-–()\[\]/•+"
    + "".join(sorted(set("thứ hai ba tư năm sáu bảy chủ nhật gmt cập lúc ngày đăng giờ trước am pm".replace(" ", ""))))
    + "]",
    re.IGNORECASE,
)
# "Ảnh: Duy Nhất", "(Ảnh: T.D)", "Tin, ảnh: BẢO KHÁNH", "Nguồn: ...": a credit to the end of the line
# (or of its bracket); the caption before it stays. Where the page lost its line breaks and the report goes on
# after the credit ("Ảnh: Hải Nguyễn Tham gia lễ ký kết, về phía ..."), it is the capitalised words of the name only.
_CAPITALISED_WORD = r"(?-i:" + lexicon.UPPER_CLASS + r")(?:[\w'’&-]|\.(?=\w))*"  # ("T.D": initials keep their dots)
CREDIT_LINE_MAX = 60
_CREDIT = re.compile(
    # (a credit may be joined to its caption with an underscore: "... giai đoạn 2024 - 2025_Ảnh: Vũ Linh")
    r"(?=[(tTbBảẢvVnNđĐ])\(?\s*(?<![^\W_])(?:tin\s*(?:,|và)\s*ảnh|bài\s*(?:,|và)\s*ảnh|ảnh|video|nguồn|"
    r"tác\s+giả(?:\s+bài\s+viết)?|người\s+(?:viết|đăng|duyệt)|thực\s+hiện|đồ\s+họa|theo)\s*:"
    rf"(?:[^\n)]{{0,{CREDIT_LINE_MAX}}}(?=[\n)]|$)\)?|\s*{_CAPITALISED_WORD}(?:[ ]+{_CAPITALISED_WORD}){{0,3}}"
    # (the outlet after the name: "Ảnh: Mạnh Khánh/TTXVN", "Ảnh: Quang Cường –TTXVN")
    rf"(?:[ ]*[/–-][ ]*{_CAPITALISED_WORD}){{0,2}}\.?)",
    re.IGNORECASE,
)
# The kinds of outlet a name opens with ("Báo Nghệ An", "Đài PT-TH Hà Tĩnh", "Tạp chí Cộng sản")
_OUTLET_KIND = r"(?:Báo|Đài|Tạp\s+chí)"
# The marks that open the items of a list written one per line ("- ", "+ ", "* "; not "•": a teaser's, _BULLET)
_ITEM_DASH = "[-+*]"
# "Theo Báo Nhân dân", "(Theo TTXVN)", "Theo phóng viên TTXVN tại Washington," opening a line or in brackets: a
# source credit (the outlet reports, it is no actor of the report).
_SOURCE = re.compile(
    # (after a list item's dash too, and after a sentence's end where a page lost its line breaks)
    rf"(?:^|(?<=^{_ITEM_DASH} )|(?<=\()|(?<=[.!?] ))\s*theo\s+(?:(?:phóng\s+viên|PV)\s+)?"
    # (a weather station is no outlet: "Theo Đài KTTV tỉnh, ..." names the body that warns)
    r"(?:báo(?!\s+cáo)|đài(?!\s+(?:khí\s+tượng|KTTV))|tạp\s+chí|cổng|trang|(?-i:TTXVN|VNA)|thông\s+tấn\s+xã)\b[^\n,.)]*",
    re.IGNORECASE | re.MULTILINE,
)
# Image file names and file paths ("lanh-dao-ky-ket.jpg", "C:\Users\...\anh1.JPG").
_FILE = re.compile(r"(?=[\w])(?:[A-Za-z]:\\[^\s]*|[\w\-./]+\.(?:jpe?g|png|gif|webp|bmp|tiff?))(?![\w])", re.IGNORECASE)
# A site's directory entry: "Trưởng ban: Đ/c Lê Văn A" on a line of its own.
_DIRECTORY = re.compile(rf"\s*[^\W\d][^:\n]{{1,30}}:\s*(?:{lexicon.COMRADE}|ông|bà)\s+[^\n]{{2,40}}$", re.IGNORECASE)
# A masthead: an outlet's name alone on a line ("Báo Công An Đà Nẵng", "Huế ngày nay Online"), or the body it
# speaks for ("Báo Kon Tum - Cơ quan của Đảng bộ tỉnh Kon Tum", "CƠ QUAN CỦA TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM").
# (printed in capitals too, which the truecaser has already lowered in part: "BÁO và Phát THANH, truyền HÌNH Khánh Hòa";
# the one comma of "Phát thanh, Truyền hình")
_MASTHEAD = re.compile(
    # (with a site's decoration around it: "::: Báo Nghệ An :::")
    r"\s*(?:[•·]|[:|~=*]{2,})?\s*(?:(?i:báo(?!\s+cáo)|đài|tạp\s+chí|cổng\s+thông\s+tin)\s+[^\n.,;:]{2,40}(?:,[^\n.,;:]{2,30})?|"
    r"[^\n.,;:]{2,40}\s+Online|"
    r"(?:[^\n.,;:]{2,40}\s[-–]\s*)?(?i:cơ\s+quan\s+(?:ngôn\s+luận\s+)?của)\s[^\n.,;:]{2,60})\s*(?:\.|[:|~=*]{2,})?\s*$"
)
# An outlet's name alone, every word capitalised: a masthead even as a page's first line (a headline has lower-case
# words: "Báo Quảng Ninh ký kết hợp tác ...")
# (and its edition after it: "Báo Đồng Nai điện tử", "Báo Gia Lai Online")
# (in capitals too, its edition first or last: "BÁO QUẢNG NGÃI ĐIỆN TỬ", "BÁO HÀ NAM ONLINE", "BÁO ĐIỆN TỬ CHÍNH PHỦ")
_OUTLET_NAME = re.compile(
    rf"\s*(?i:{_OUTLET_KIND})(?:\s+(?i:điện\s+tử))?(?:\s+{_CAPITALISED_WORD}){{1,5}}(?:\s+(?i:điện\s+tử|online))?\s*"
)
# A portal's name above the headline ("CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI"): no headline opens so
_PORTAL_NAME = re.compile(r"\s*cổng\s+thông\s+tin(?:\s+điện\s+tử)?\s", re.IGNORECASE)
# A body's site named on a line of its own, anywhere on the page: "Mặt trận Tổ quốc Việt Nam tỉnh Vĩnh Long - Cổng thông
# tin điện tử", "Trang thông tin điện tử Hội Nông dân tỉnh Kon Tum", "CÔNG AN TỈNH HÀ GIANG - TRANG THÔNG TIN ĐIỆN TỬ"
# (a headline about a site opens with its verb: "Ra mắt Trang thông tin điện tử ...")
_SITE_WORDS = r"(?i:(?:trang|cổng)\s+thông\s+tin(?:\s+điện\s+tử)?)"
_SITE_OWNER = rf"{_CAPITALISED_WORD}[^\n.,;:!?|]{{0,90}}?"
_SITE_LINE = re.compile(rf"\s*(?:{_SITE_WORDS}\s+{_SITE_OWNER}|{_SITE_OWNER}\s*[-–|]\s*{_SITE_WORDS})\s*$")
# A body's name alone as the page's first line, in capitals as a masthead prints it ("CÔNG AN TỈNH TRÀ VINH", which the
# truecaser leaves "Công an TỈNH TRÀ VINH"): a level word in capitals, or three words, say the line was printed so;
# the name is capitalised words and lower-case words (a headline in capitals has its verb: "... KÝ KẾT ...")
_CAPITALS_LEVEL = re.compile(
    rf"(?<![\w])(?:TỈNH|HUYỆN|THÀNH\s+PHỐ|QUẬN|XÃ|PHƯỜNG)(?![\w])"
    rf"|(?<![\w])(?:{lexicon.UPPER_CLASS}{{2,}}\s+){{2}}{lexicon.UPPER_CLASS}{{2,}}(?![\w])"
)
# (or two words in capitals at its end, the truecaser having lowered the level: "Sở Tư pháp tỉnh BÌNH ĐỊNH")
_CAPITALS_PLACE_END = re.compile(rf"(?:\s+{lexicon.UPPER_CLASS}{{2,}}){{2,}}\s*$")
_BODY_NAME_LINE = re.compile(
    rf"\s*{_CAPITALISED_WORD}(?:(?:\s+|\s*[-–]\s*)(?:{_CAPITALISED_WORD}|[a-zà-ỹđ]+)){{0,12}}\s*$"
)
# (the words a body's name opens with: "NGUYỄN VĂN AN", a person's name as a headline, is no masthead)
_BODY_HEAD = re.compile(
    r"\s*(?i:công\s+an|viện|tòa\s+án|ủy\s+ban|ubnd|hđnd|hội|sở|ban|bộ|đảng\s+ủy|huyện\s+ủy|tỉnh\s+ủy|thành\s+ủy|"
    r"huyện\s+đoàn|tỉnh\s+đoàn|đoàn|mặt\s+trận|liên\s+đoàn|cục|chi\s+cục|đồn|trung\s+tâm|văn\s+phòng|"
    # (round s34: a department of a force or a ministry credited with the page it posted, "Phòng Tham mưu", "Vụ
    # GDQP&AN"; a general department's banner over its provincial department's, "TỔNG CỤC THI HÀNH ÁN DÂN SỰ - CỤC
    # THADS TỈNH X")
    r"phòng|vụ|tổng\s+cục)(?![\w])"
)
# (the words of a headline's act: a headline printed in capitals names a body and what it does)
_ACT_IN_LINE = re.compile(
    r"(?<![\w])(?:ký|kết|tổ\s+chức|phối\s+hợp|triển\s+khai|hội\s+nghị|trao|thăm|làm\s+việc|ra\s+mắt|tuyên\s+truyền)(?![\w])",
    re.IGNORECASE,
)
# A breadcrumb: the sections down to the report's, parted by ">" ("Báo Quảng Ngãi điện tử > Chính trị > Mặt trận")
_BREADCRUMB = re.compile(r"[^>\n.!?]{1,40}(?:\s*[>»]\s*[^>\n.!?]{1,40}){2,}")
# A menu opening the page has more section names than a headline in title case may hold ("Kinh Tế - Xã Hội ...")
_FIRST_LINE_MENU_WORDS = 3
# A byline: a short line of capitalised name syllables only ("NHẬT NAM", "Trần Xuân - Hồng Vân", "P.V").
_NAME_SYL = r"[^\W\d_a-zà-ỹđ][\w'.]*"
# (a name may be set between dashes: "- Lê Thị Kim Phụng -")
# (and the outlet's short form in brackets after it: "Hạnh Quỳnh (TTXVN)")
_BYLINE = re.compile(
    rf"\s*(?:[-–]\s*)?{_NAME_SYL}(?:\s*[-–,.]?\s+{_NAME_SYL}|\s*[-–]\s*{_NAME_SYL}|\.{_NAME_SYL})*\s*[-–]?\s*[.,]?"
    r"(?:\s*\((?-i:[A-ZĐ][A-ZĐa-z+/]{1,15})\))?\s*$"
)
# A byline with its outlet run on after the last sentence of a page that lost its line breaks ("... mùa mưa bão.
# Hạnh Quỳnh (TTXVN)")
_TRAILING_BYLINE = re.compile(
    rf"(?<=[.!?…] ){_NAME_SYL}(?:[ ]+{_NAME_SYL}){{1,3}}[ ]*\((?-i:[A-ZĐ][A-ZĐa-z+/]{{1,15}})\)[ ]*$", re.MULTILINE
)
# ... or a byline set between dashes with the writer's post after it ("... giữa UBND-LĐLĐ huyện. - Lê Thị Kim Phụng -
# PCT LĐLĐ huyện Đại Lộc")
_TRAILING_DASHED_BYLINE = re.compile(
    rf"(?<=[.!?…\"”] )[-–][ ]*{_NAME_SYL}(?:[ ]+{_NAME_SYL}){{1,3}}[ ]*[-–](?:[ ]+[^\n.!?]{{1,60}})?[ ]*$", re.MULTILINE
)
# the units whose writers a page credits after their names, in brackets or after a dash ("Minh Thắng (Phòng PX15)",
# "Quang Hưng (Đồn Biên phòng Mường Nhé)", "Sơn Nhật - Phòng Tham mưu")
_WRITER_UNIT = (
    r"Phòng|Đồn|Công\s+an|Ban|Văn\s+phòng|Trung\s+tâm|Cục|Chi\s+cục|Bộ\s+Chỉ\s+huy|Ban\s+Chỉ\s+huy|Sở|Hội|"
    # (round s34: a force by its initials, "Thanh Tú (BĐBP Tuyên Quang)")
    r"BĐBP|Bộ\s+đội\s+Biên\s+phòng|Bộ\s+CHQS|Ban\s+CHQS|"
    r"Ủy\s+ban|UBND|Đảng\s+ủy|Huyện\s+ủy|Tỉnh\s+ủy|Thành\s+ủy"
)
# A byline with the writer's outlet after it, in brackets or after a dash ("Hồng Nhung (Báo Hà Tĩnh)", "PV (Đài PT-TH
# Hà Tĩnh)", "Hồng Nhung - Báo Đồng Tháp"): the outlet publishes the report, it acts in none of it
# (after a credit's label too: "Tin: Hồng Nhung - Đài Truyền thanh xã Vũ Lạc", "Tin, ảnh: ...")
_CREDIT_LABEL = r"(?:(?:Tin|Bài|Ảnh|Tin\s+và\s+ảnh|(?:Tin|Bài)\s*,\s*ảnh)\s*:\s*)?"
_BYLINE_WITH_OUTLET = re.compile(
    rf"\s*{_CREDIT_LABEL}{_NAME_SYL}(?:\s+{_NAME_SYL}){{0,3}}\s*"
    rf"(?:\(\s*(?:{_OUTLET_KIND}|Cổng\s+thông\s+tin|{_WRITER_UNIT})\s[^()\n]{{1,50}}\)|"
    rf"[-–]\s*{_OUTLET_KIND}\s[^\n]{{1,50}})\s*$"
)
BYLINE_WITH_OUTLET_MAX = 90
# ... or with the writer's unit, ending the page ("Sơn Nhật - Phòng Tham mưu", "Thu Hà - Ban Tuyên giáo Huyện ủy Hương
# Khê", "Nhâm Thị Lê - Văn phòng HĐND và UBND huyện"), or the other articles' box after it: a unit's writer credited,
# no actor of the report (a person's line names a post, "Ông A - Giám đốc Sở ...", not a unit)
_BYLINE_WITH_UNIT = re.compile(
    rf"\s*{_CREDIT_LABEL}{_NAME_SYL}(?:\s+{_NAME_SYL}){{0,3}}\s*[-–]\s*(?:{_WRITER_UNIT})\s[^\n.!?]{{1,70}}"
)
# A site's menu printed on one line with bars between its items, the masthead often first ("Báo Cà Mau | Chính trị |
# Xã hội | Quốc phòng - An ninh"): three short items or more, none a sentence
_PIPED_MENU = re.compile(r"[^|.!?\n]{1,40}(?:\|[^|.!?\n]{1,40}){2,}")
# ... but not a data table's row as the page reader lays it out, cells apart by bars: a row opening with its number
# ("1 | Tòa án nhân dân tỉnh | Ông Lâm Văn Tâm | Chánh án") or holding a document's number and symbol ("05-CTr/BDVTU-CAT
# | 12/3/2021 | ..."), which no menu lists
_TABLE_ROW = re.compile(r"\s*\d{1,3}\s*\||.*?\d\s*[-/]\s*[A-ZĐ]")
# A site's name or section and the section it files the page under, two items only ("Hội Cựu chiến binh TP Cần Thơ |
# Tin hoạt động", "Tin tức | Hoạt động của Quận uỷ - HĐND - UBND"): one of them a section's name
_SECTION_NAME = re.compile(
    r"\s*(?:tin(?:\s+tức)?|hoạt\s+động|thời\s+sự|chính\s+trị|quốc\s+phòng|an\s+ninh|xã\s+hội|kinh\s+tế|pháp\s+luật|"
    r"văn\s+hóa|chuyên\s+mục|sự\s+kiện)(?![\w])",
    re.IGNORECASE,
)
SECTION_LINE_MAX = 110  # characters of a line of a site's name and a section
_OUTLET_WORD_OPENING = re.compile(rf"\s*(?:{_OUTLET_KIND}|Cổng)(?![\w])")


def _site_and_section(line: str) -> bool:
    """Whether ``line`` is a site's name or a section and the section below it, set apart by one bar."""
    parts = line.split("|")
    return (
        len(parts) == 2
        and len(line) <= SECTION_LINE_MAX
        and all(p.strip() for p in parts)
        and any(_SECTION_NAME.match(p) for p in parts)
        # (a comma only in an outlet's own name: "Báo và Phát thanh, Truyền hình Thanh Hóa | An ninh trật tự")
        and ("," not in line or _OUTLET_WORD_OPENING.match(line) is not None)
        and not _ends_a_sentence(line)
    )


# The writer's post on the line after a byline that ends the page ("- Lê Thị Kim Phụng -" / "PCT LĐLĐ huyện X")
_WRITER_POST_MAX = 60
_BYLINE_MAX = 40
# A bullet teaser of another article.
_BULLET = re.compile(r"\s*[•»]|\s*>>")
_HAS_DIGIT = re.compile(r"\d")
# what an outlet's name is followed by on its masthead: whose organ it is ("- Cơ quan của Đảng bộ, chính quyền và nhân
# dân tỉnh", "- Tiếng nói của ...")
_OUTLET_TAGLINE = re.compile(r"\s*[-–|:]\s*(?:cơ\s+quan|tiếng\s+nói)(?![\w])", re.IGNORECASE)
_DUPLICATE_MIN = 30  # a repeated line this long is the page printing a lead or caption twice
_SENTENCE_MARKS = (".", "!", "?", "…")


def _ends_a_sentence(line: str) -> bool:
    """Whether ``line`` ends with a sentence's mark, spaces after it aside (what ``[.!?…]\\s*$`` finds, read from
    the line's end: a search for it tries every character of a paragraph's line, several times a line)."""
    return line.rstrip()[-1:] in _SENTENCE_MARKS


# The dash that opens an item of a list: "- Trưởng ban: Đ/c Lê Văn A" is read as the directory entry it holds.
_LIST_ITEM_DASH = re.compile(rf"{_ITEM_DASH} +(?=\S)")


def find_furniture(text: str) -> list[tuple[int, int]]:
    """Spans of page furniture in ``text``, sorted and not overlapping."""
    spans: list[tuple[int, int]] = []
    seen: set[str] = set()
    teaser_lines = 0
    box_dashed: bool | None = None  # whether the teasers of the box open with a dash (None: none seen yet)
    prose_lines = 0
    byline_before = False
    dateline_before = False  # whether the report's own bracketed dateline was read ("(KGO) - Sáng 8-5, ...")
    lines = list(line_spans(text))
    for n, (s, e) in enumerate(lines):
        line = text[s:e]
        item = _LIST_ITEM_DASH.match(line)
        if item:
            line = line[item.end() :]  # (the span found stays the whole line, its dash too)
        key = " ".join(line.split()).casefold()
        if n == 0:
            seen.add(key)
            if _opens_as_masthead(line) and text[e:].strip():
                spans.append((s, e))  # a masthead above the headline ("Báo Công An Đà Nẵng"): no body of the report
            elif "," not in line and not _ends_a_sentence(line) and _menu_words(line) >= _FIRST_LINE_MENU_WORDS:
                spans.append((s, e))  # the site's menu above the headline ("Video Báo Ảnh Báo in Podcast ...")
            continue
        if prose_lines >= _PROSE_BEFORE_END and _END_LABEL.match(line):
            spans.append((s, len(text)))
            break
        if len(line) >= _PROSE_MIN and _ends_a_sentence(line):
            prose_lines += 1
        # (a box's teasers are printed alike: after items opened by a dash, a line without one is the report again,
        # a caption below the box, say)
        # (a teaser may print the other article's lead with its outlet's dateline, a sentence: "(KGO) - Chiều 27-9")
        teaser = (not _ends_a_sentence(line) and len(line) <= 150) or bool(_BRACKETED_DATELINE.match(line))
        if teaser_lines and teaser and box_dashed in (None, bool(item)):
            spans.append((s, e))
            # (a second box's label among the teasers opens as many teasers again)
            if _opens_teasers(line):
                teaser_lines, box_dashed = _TEASER_LINES, None
            else:
                teaser_lines, box_dashed = teaser_lines - 1, bool(item)
            continue
        teaser_lines = 0
        if _BRACKETED_DATELINE.match(line):
            if dateline_before and line.rstrip().endswith(_ELLIPSES):
                spans.append((s, e))  # another article's lead cut short, its outlet's dateline again: a teaser
                continue
            dateline_before = True
        if byline_before and len(line) <= _WRITER_POST_MAX and not _ends_a_sentence(line) and not text[e:].strip():
            spans.append((s, e))
            continue
        closing = not text[e:].strip() or bool(_TEASER_LABEL.match(text, e + 1) or _END_LABEL.match(text, e + 1))
        if (closing or _CHROME_LABEL.match(text, e + 1)) and _office_credit(line):
            spans.append((s, e))  # "Văn phòng THADS tỉnh" above "Liên kết website": the office that posted the page
            continue
        # (round s34: above the site's chrome too, "Ngọc Lan - Văn phòng HĐND và UBND huyện" over "Lượt truy cập")
        if (
            len(line) <= BYLINE_WITH_OUTLET_MAX
            and (closing or _CHROME_LABEL.match(text, e + 1))
            and _BYLINE_WITH_UNIT.fullmatch(line)
        ):
            spans.append((s, e))
            continue
        byline_before = len(line) <= _BYLINE_MAX and bool(_BYLINE.match(line))
        if _is_furniture_line(line) or (len(key) >= _DUPLICATE_MIN and key in seen):
            spans.append((s, e))
            if _opens_teasers(line):
                teaser_lines, box_dashed = _TEASER_LINES, None
            continue
        seen.add(key)
        for rx, cue, end_of in _IN_LINE:
            if not cue(line):
                continue  # the line lacks what every match needs
            for m in rx.finditer(text, s, e):
                end = end_of(text, m)
                if end > m.start():
                    spans.append((m.start(), end))
    return _merge(spans + _unlabelled_boxes(text, lines) + _headlines_after_closing_byline(text, lines))


# A box of other articles' headlines with no label, set between the report's paragraphs: three or more lines in a
# row that end no sentence nor list item and are as long as a headline, two or more of them naming provinces, and
# different ones ("Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn tập huấn ...", "Ủy ban MTTQ tỉnh Bến Tre tập huấn ...": other
# provinces' news). Captions in a row name the report's people and bodies, not a province each.
_BOX_LINES_MIN = 3
_BOX_PROVINCES_MIN = 2
_HEADLINE_MIN, _HEADLINE_MAX = 40, 150
_ITEM_END = re.compile(r"[;,:]\s*$")


def _unlabelled_boxes(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines (``lines``: each line's span, as line_spans gives them) of such boxes that name a province (a caption
    among them stays)."""
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int, str | None]] = []
    prose_seen = False
    for s, e in [*lines, (len(text), len(text))]:
        line = text[s:e]
        if (
            prose_seen
            and _HEADLINE_MIN <= len(line) <= _HEADLINE_MAX
            and not _ends_a_sentence(line)
            and not _ITEM_END.search(line)
        ):
            province = _PROVINCE_NAME().search(line)
            run.append((s, e, province.group(0) if province else None))
            continue
        named = {p for _, _, p in run if p}
        if len(run) >= _BOX_LINES_MIN and len(named) >= _BOX_PROVINCES_MIN:
            spans.extend((a, b) for a, b, p in run if p)
        run = []
        prose_seen = prose_seen or (len(line) >= _PROSE_MIN and _ends_a_sentence(line))
    return spans


# Other articles' headlines printed after the byline that closes the report, with the box's label lost ("Văn Hùng" /
# "Hội Nông dân tỉnh và Bộ CHQS tỉnh ký kết chương trình phối hợp" / "Tỉnh đoàn ký kết ..."): two or more lines to the
# page's end, none ending a sentence (one line there may be the writer's post or a caption, and stays)
_CLOSING_TEASERS_MIN = 2


def _headlines_after_closing_byline(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The span from the first headline after the report's closing byline (below a line of its prose at least) to the
    page's end, or none."""
    prose = 0
    for n, (s, e) in enumerate(lines):
        line = text[s:e]
        if len(line) >= _PROSE_MIN and _ends_a_sentence(line):
            prose += 1
            continue
        if not prose or len(line) > _BYLINE_MAX or not _BYLINE.match(line):
            continue
        rest = lines[n + 1 :]
        if len(rest) >= _CLOSING_TEASERS_MIN and all(
            len(text[a:b]) <= _HEADLINE_MAX and not _ends_a_sentence(text[a:b]) for a, b in rest
        ):
            return [(rest[0][0], len(text))]
    return []


@functools.lru_cache(maxsize=1)
def _PROVINCE_NAME() -> re.Pattern:
    return re.compile(rf"(?<![\w])(?:{lexicon.province_regex()})(?![\w])")


# Words that open a sentence and are no syllable of a name (or open a document's or a meeting's name): where a page
# lost its line breaks, the capitalised words after a credit's colon may run on into the next sentence ("Ảnh: Nam
# Phong Nhằm tạo sự phối hợp ...", "Ảnh: Nam Phong Quy chế này quy định ...").
_OPENS_SENTENCE = re.compile(
    rf"(?-i:{sentence_openers.CLAUSE_WORDS}|{sentence_openers.DOCUMENT_WORDS}|{sentence_openers.TIME_WORDS}|"
    r"Tham|Sau|Với|Về|Thực|Phát|Được|Cùng|Các|Những|Lễ|Buổi|Toàn|Đây|Trước|Ngoài|Tiếp|Từ|Đến|Ông|Bà|"
    # a caption that opens with a title or its people ("Ảnh: TTXVN Chủ tịch Quốc hội ...")
    rf"{sentence_openers.TITLE_WORDS}|Thủ\s+tướng|Bộ\s+trưởng|"
    r"Đồng\s+chí|Lãnh\s+đạo|Đại\s+diện|Quang\s+cảnh|Toàn\s+cảnh)(?![\w])"
)


def _opens_teasers(line: str) -> bool:
    """A box's label alone on its line ("Tin liên quan", "Xem thêm"): other articles' headlines follow."""
    return bool(_TEASER_LABEL.match(line)) and len(line.split()) <= 5


# A post or a rank right after the label opens a caption of its people, no photographer's name: "Ảnh: Thiếu tá Coor
# Thiên, Đồn trưởng ... phát biểu", "Ảnh: Bộ trưởng, Chủ nhiệm Lương Văn Khải và Thứ trưởng ... ký kết" (a name is
# capitalised syllable by syllable, a post's or a rank's second word is in lower case); so too the head of a unit named
# by the unit's word and "trưởng" (round s35: "Ảnh: Thứ trưởng Nguyễn Minh Vũ và ...", whose "Thứ" is no weekday here,
# "Ảnh: Cục trưởng ...", "Đồn trưởng", "Hiệu trưởng", "Viện trưởng")
_UNIT_HEAD_POST = r"(?:Thứ|Bộ|Cục|Tổng\s+cục|Vụ|Viện|Đồn|Hiệu|Hạt|Đội|Tiểu\s+đoàn|Trung\s+đoàn|Sư\s+đoàn)\s+trưởng"
_CAPTION_OF_PEOPLE = re.compile(rf"(?-i:{sentence_openers.TITLE_WORDS}|Thủ\s+tướng|{_UNIT_HEAD_POST})(?![\w])")


@functools.cache
def _caption_of_bodies() -> re.Pattern:
    """A body's name right after the label opens a caption of the bodies it shows, no photographer's name: "Ảnh: Ban
    Dân vận Huyện ủy và Hội Nông dân huyện ký kết ..." (the tables' names with a word in lower case, which a person's
    name has not: "Ban Dân vận", "Hội Nông dân", "Công an")."""
    names = [n for n in lexicon.body_names() if any(w[:1].islower() for w in n.split())]
    return re.compile(rf"(?-i:{lexicon.alternation(names)})(?![\w])")


def _before_next_sentence(text: str, credit: re.Match) -> int:
    """Where a credit ends: before a word that opens the next sentence, where the credit's name ran on into it (a
    credit that ends its line or its bracket ran on into nothing); right after its label where a caption of people
    follows the label instead of a name."""
    after = text[credit.end() : credit.end() + 1]
    if not after or after == "\n" or text[credit.end() - 1] == ")":
        return credit.end()
    words = list(re.finditer(r"\S+", text[credit.start() : credit.end()]))
    if len(words) > 1 and (
        _CAPTION_OF_PEOPLE.match(text, credit.start() + words[1].start())
        or _caption_of_bodies().match(text, credit.start() + words[1].start())
    ):
        return credit.start() + words[0].end()
    for w in words[2:]:  # (the label and the name's first word stay)
        at = credit.start() + w.start()
        if _OPENS_SENTENCE.match(text, at):
            while at > credit.start() and text[at - 1].isspace():
                at -= 1
            return at
    return credit.end()


# Credits, source credits and file names inside a line, each with a cheap test for what it cannot do without
# (a credit's last word and colon, "theo" and an outlet word, an image extension or a drive's ":\\").
_CREDIT_CUE = re.compile(r"(?:ảnh|video|nguồn|giả|viết|đăng|duyệt|hiện|họa|theo)\s*:", re.IGNORECASE)
_SOURCE_CUE = re.compile(r"theo\s+(?:(?:phóng\s+viên|pv)\s+)?(?:báo|đài|tạp|cổng|trang|ttxvn|vna|thông)", re.IGNORECASE)
_FILE_CUE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|tiff?)|:\\", re.IGNORECASE)


# (each with where its span ends: a credit's before the next sentence its name may run into, the others' at the match)
def _match_end(text: str, m: re.Match) -> int:
    return m.end()


# An outlet opening the lead before a dash, as its dateline: its code ("TTXVN - Ngày 24/7, ...", "(GLO)- Chiều 3-2,
# ...", "QĐND - Ngày 27-8, ...", a military region's paper by its number: "QK4 - Chiều 9/5"), its site
# ("(Baoquangngai.vn) - ") or its name ("Báo Gia Lai điện tử - ", "Bình Phước Online - "), one or a republisher's and
# the source's in turn ("QĐND Online - (Báo Quảng Ngãi)- Chiều 24.8"): the outlet reports, it is no actor of the report.
# Its name with its code in brackets needs no dash ("Báo Cà Mau (CMO) Năm 2019, ...").
_OUTLET_NAME_IN_DATELINE = rf"{_OUTLET_KIND}\s[^\n()\-–.,;:]{{2,40}}"
_DATELINE_OUTLET = re.compile(
    rf"^(?:\(?(?:(?-i:[A-ZĐ][A-ZĐ0-9.]{{1,11}})|[\w.-]{{2,40}}\.(?:vn|com|net|org)|{_OUTLET_NAME_IN_DATELINE}"
    r"|[^\n()\-–.,;:]{2,40}\s(?:Online|điện\s+tử))\)?\s*[-–]\s*"
    rf"|{_OUTLET_NAME_IN_DATELINE}\({lexicon.OUTLET_CODE}\)\s*(?:[-–]\s*)?)+"
    r"(?=(?:sáng|chiều|tối|trưa|đêm|ngày|hôm|năm|vừa|mới|trong|tại)(?![\w]))",
    re.IGNORECASE | re.MULTILINE,
)
DATELINE_REACH = 90  # the dash of a dateline lies within this many characters of the line's start (two outlets' names)

# The outlet presenting its own photos or notes in the report's text ("Báo Lào Cai giới thiệu một số hình ảnh tại buổi
# lễ.", "Phóng viên Báo Lào Cai ghi nhận tại buổi lễ."): the page speaking, no actor of the report
_OUTLET_PRESENTS = re.compile(
    # (opening its sentence: "Phó Tổng biên tập Báo X Lê Văn A ghi nhận ..." is a person's act)
    r"(?:^|(?<=[.!?…]\s))[ \t]*(?:(?:(?:nhóm\s+)?phóng\s+viên|(?-i:PV))\s+)?(?:Báo|Đài|Truyền\s+hình)\s+"
    r"[^\n.,;:]{1,40}?\s+(?:(?:trân\s+trọng|xin)\s+)?(?:giới\s+thiệu|ghi\s+nhận|ghi\s+lại)(?![\w])[^\n.]{0,120}\.?",
    re.IGNORECASE | re.MULTILINE,
)
_OUTLET_PRESENTS_CUE = re.compile(r"giới\s+thiệu|ghi\s+(?:nhận|lại)", re.IGNORECASE)


_IN_LINE = (
    (_OUTLET_PRESENTS, _OUTLET_PRESENTS_CUE.search, _match_end),
    (_DATELINE_OUTLET, lambda line: any(c in line[:DATELINE_REACH] for c in "-–)"), _match_end),
    (_CREDIT, lambda line: ":" in line and _CREDIT_CUE.search(line), _before_next_sentence),  # the colon test first
    (_SOURCE, _SOURCE_CUE.search, _match_end),
    (_FILE, _FILE_CUE.search, _match_end),
    (_TRAILING_BYLINE, lambda line: line.rstrip().endswith(")"), _match_end),
    (_TRAILING_DASHED_BYLINE, lambda line: "- " in line or "– " in line, _match_end),
    (_IN_LINE_STAMP, lambda line: ":" in line and "/" in line, _match_end),
)


def is_chrome_line(line: str) -> bool:
    """A line of the site's chrome (hotline banner, counters, menus, share widgets): a date printed
    in it is the site's clock, not the article's."""
    # (the line's end read before its menu words: a line of prose ends a sentence, and its words need no scan)
    return bool(_CHROME_LABEL.match(line)) or (not _ends_a_sentence(line) and _menu_words(line) >= 2)


# Two sentence ends inside a line: the report's prose (a page that lost its line breaks prints its menu, its
# stamp and the whole report on one line, which is no line of furniture for the menu that opens it).
_PROSE_INSIDE = re.compile(r"[.!?…]\s+\S.*?[.!?…]\s+\S")


_DECORATION = " \t:|~=*•·-"


def is_outlet_name(line: str) -> bool:
    """Whether ``line`` is an outlet's or a portal's name alone, with a site's decoration around it or none ("Báo Nghệ
    An", "::: Báo Nghệ An :::", "Cổng thông tin điện tử tỉnh Gia Lai"): no headline."""
    name = line.strip(_DECORATION)
    return bool(_OUTLET_NAME.fullmatch(name) or (_PORTAL_NAME.match(name) and not _ACT_IN_LINE.search(name)))


def _outlet_with_its_tagline(line: str) -> bool:
    """Whether ``line`` is an outlet's name with its tagline, a masthead wherever the page prints it ("BÁO HÀ GIANG
    ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH HÀ GIANG")."""
    outlet = _OUTLET_NAME.match(line)
    return outlet is not None and _OUTLET_TAGLINE.match(line, outlet.end()) is not None


def _opens_as_masthead(line: str) -> bool:
    """Whether the page's first line is its masthead: an outlet's or a portal's name, a body's name printed in
    capitals, or a breadcrumb."""
    if _OUTLET_NAME.fullmatch(line) or _PORTAL_NAME.match(line):
        return True
    if _outlet_with_its_tagline(line) or _outlet_with_date_or_section(line):
        return True
    if "|" in line and any(_OUTLET_NAME.fullmatch(item) or _MASTHEAD.fullmatch(item) for item in line.split("|")):
        return not _ACT_IN_LINE.search(line)  # "Lào Cai TV | Báo Lào Cai", "Báo Thanh Hóa | Thời sự | Xã hội"
    # (the anchored matches first: the searches for capitals try every character of the line)
    if _BODY_HEAD.match(line) and _BODY_NAME_LINE.fullmatch(line) and _CAPITALS_LEVEL.search(line):
        return not _ACT_IN_LINE.search(line)
    return (">" in line or "»" in line) and bool(_BREADCRUMB.fullmatch(line))


# A line that is a link written in Markdown, as a crawler converting a page prints its "Xem thêm" and related links
# ("> Xem thêm: [Công an Hà Tĩnh ký kết ...](https://...)", "[Xem thêm: ...](https://...)", "* [Tiêu đề](https://...)")
_MARKDOWN_LINK_LINE = re.compile(r"\s*(?:[>*+-]\s*)*(?:[^\[\]\n]{0,30})?\[[^\]\n]{1,200}\]\(\S+\)\s*$")


# An outlet's name with its dateline or section after a bar ("Báo Lào Cai | Thứ Sáu, 27/2/2026 - 16:45", "Báo Điện Biên
# Phủ | Quốc phòng - An ninh"), and the notice on reprinting ("Ghi rõ nguồn “Báo Điện Biên Phủ” khi phát hành lại ...")
_OUTLET_WITH_DATELINE = re.compile(rf"{_OUTLET_NAME.pattern}\|[^\n]*$")
# (round s36) An outlet's name on a line with the page's date and time or a section label, apart by bars or spaced
# dashes, in either order ("Báo Hải Dương điện tử - Thứ năm, 27/07/2017 11:05", "LONGFORM | Báo và Phát thanh, Truyền
# hình Gia Lai", "Thứ Hai, 09/03/2026 | Báo Hưng Yên điện tử"): the masthead, the outlet that publishes the page
_MASTHEAD_SEPARATOR = re.compile(r"\s*\|\s*|\s+[-–]\s+")
_MASTHEAD_CUE = re.compile(rf"(?<![\w]){_OUTLET_KIND}\s", re.IGNORECASE)
SECTION_LABEL_MAX = 40  # characters of a section's label on a masthead's line
_REPRINT_NOTICE = re.compile(
    r"\s*(?:ghi\s+rõ\s+nguồn|(?:cấm|không\s+được)\s+sao\s+chép)"
    # (and a comment box's disclaimer: "Các bình luận thể hiện quan điểm của bạn đọc, không nhất thiết phản ánh quan
    # điểm của Báo Đắk Lắk")
    r"|[^\n]{0,60}?(?:quan\s+điểm\s+của\s+bạn\s+đọc|không\s+nhất\s+thiết\s+phản\s+ánh\s+quan\s+điểm)",
    re.IGNORECASE,
)


# Where the page comes from, on a line of its own: the outlet that first ran the report and the site that republished
# it ("YBĐT Online - 06/6/2018 | Đăng lại: Báo Lao Động (laodong.vn)", "(Theo baoyenbai.com.vn) - Bản in ngày 07/6/2018
# trên Báo Lao Động", "Bài đăng trên Báo Cà Mau điện tử (baocamau.vn).", "Tin từ Báo Sóc Trăng - Đăng lại trên Trang
# thông tin Ban Dân vận Tỉnh ủy", "Báo Thanh Niên (thanhnien.vn) trích đăng ngày 6/2/2026"): read as a "Nguồn: ..." line
# is, a label and an outlet, none of them an actor of the report (nor the body a republishing site is named after)
_REPUBLISHED_LABEL = re.compile(
    r"(?<![\w])(?:đăng\s+lại|trích\s+đăng|bản\s+in|(?:bài|tin)(?:\s+viết)?\s+(?:được\s+)?đăng\s+(?:trên|từ|tại)|"
    r"tin\s+từ)(?![\w])",
    re.IGNORECASE,
)
_REPUBLISHED_CUES = ("đăng", "bản in", "tin từ")  # (what every label holds, looked for before the regexes)
# (the outlet or the site the label names: its kind, or its domain, "laodong.vn")
_OUTLET_OR_SITE = re.compile(
    r"(?<![\w])(?:báo(?!\s+cáo)|đài|tạp\s+chí|(?:trang|cổng)\s+thông\s+tin)(?![\w])|[\w-]\.(?:vn|com|net|org)(?![\w])",
    re.IGNORECASE,
)
SOURCE_LINE_MAX = 160  # a line of the page's source is no longer (two outlets, their sites and dates)
# A site's copyright footer: "© Báo Lào Cai - Cơ quan của Đảng bộ tỉnh Lào Cai. Giấy phép số 39/GP-BTTTT. Địa chỉ: ...",
# or the outlet's name opening it without the mark ("Báo và Phát thanh, Truyền hình Gia Lai. Giấy phép số
# 123/GP-BVHTTDL. Địa chỉ: ..."): the owner, its licence and its address, however many sentences they take
_FOOTER_OPENING = re.compile(r"\s*(?:©|(?i:báo(?!\s+cáo)|đài|tạp\s+chí)\s)")
_FOOTER_PIECE = re.compile(r"(?<![\w])(?:giấy\s+phép|địa\s+chỉ|cơ\s+quan\s+(?:chủ\s+quản|của))(?![\w])", re.IGNORECASE)
FOOTER_LINE_MAX = 300


def _outlet_with_date_or_section(line: str) -> bool:
    """Whether ``line`` is one outlet's name and, apart by bars or spaced dashes, only the page's date and time or
    section labels (``_MASTHEAD_SEPARATOR``), with no act told."""
    if len(line) > SECTION_LINE_MAX or not _MASTHEAD_CUE.search(line) or _ACT_IN_LINE.search(line):
        return False
    pieces = [p for p in _MASTHEAD_SEPARATOR.split(line.strip(_DECORATION)) if p]
    outlets = [p for p in pieces if _OUTLET_NAME.fullmatch(p) or _MASTHEAD.fullmatch(p)]
    return (
        len(pieces) >= 2
        and len(outlets) == 1
        and all(p in outlets or _is_stamp(p) or _is_section_label(p) for p in pieces)
    )


def _is_section_label(piece: str) -> bool:
    """A section's label alone ("LONGFORM", "Thời sự", "Tin hoạt động"): a menu word or a section's name, no
    sentence."""
    return (
        len(piece) <= SECTION_LABEL_MAX
        and not _ends_a_sentence(piece)
        and bool(_MENU_WORD.fullmatch(piece.strip()) or _SECTION_NAME.match(piece))
    )


def _source_or_copyright_line(line: str) -> bool:
    """Whether ``line`` tells where the page comes from or whose it is (a republisher's label and an outlet, or a
    copyright footer), with no act of the report in it."""
    folded = line.casefold()
    if any(cue in folded for cue in _REPUBLISHED_CUES):
        source = (
            len(line) <= SOURCE_LINE_MAX
            and _REPUBLISHED_LABEL.search(line) is not None
            and _OUTLET_OR_SITE.search(line) is not None
        )
        if source:
            return not _ACT_IN_LINE.search(line)
    if len(line) <= FOOTER_LINE_MAX and _FOOTER_OPENING.match(line) and _FOOTER_PIECE.search(line):
        return not _ACT_IN_LINE.search(line)
    return False


BODY_CREDIT_MAX = 60  # a body's name alone as the page's credit is no longer


def _office_credit(line: str) -> bool:
    """Whether the line is a body's name alone, no act told: an office credited with the page."""
    return (
        len(line) <= BODY_CREDIT_MAX
        and bool(_BODY_HEAD.match(line) and _BODY_NAME_LINE.fullmatch(line))
        and not _ACT_IN_LINE.search(line)
    )


# A body's address line in the footer ("Sở Tư pháp tỉnh Bình Định - Số 2 Hàn Thuyên, TP Quy Nhơn")
_ADDRESS_LINE = re.compile(r"[^\n]{3,90}?\s[-–]\s*(?:[Đđ]ịa\s+chỉ\s*:?\s*)?[Ss]ố\s+\d+[A-Za-z]?(?:/\d+)?\s+\S")


def _site_owner_or_address(line: str) -> bool:
    """A body's name in capitals on a line of its own, the site's owner ("SỞ TƯ PHÁP TỈNH BÌNH ĐỊNH", which the
    truecaser leaves "Sở Tư pháp tỉnh BÌNH ĐỊNH"), or a body's address line."""
    if (
        # (the anchored matches first: the searches for capitals try every character of the line)
        _BODY_HEAD.match(line)
        and _BODY_NAME_LINE.fullmatch(line)
        and (_CAPITALS_LEVEL.search(line) or _CAPITALS_PLACE_END.search(line))
    ):
        return not _ACT_IN_LINE.search(line)
    return (" Số " in line or " số " in line) and bool(_ADDRESS_LINE.match(line)) and not _ends_a_sentence(line)


# The source of a wire story on a line of its own, in brackets: the agency's code and its republisher's name apart by
# a slash ("(TTXVN/Vietnam+)", "(TTXVN)", "(VNA/VOV)"): the outlets that carried the report, no actor of it
_OUTLET_TOKEN = r"[^\W\d_][\w+.&-]{1,15}"
_BRACKETED_SOURCE_LINE = re.compile(rf"\s*\(\s*{_OUTLET_TOKEN}(?:\s*/\s*{_OUTLET_TOKEN}){{0,2}}\s*\)\s*")


def _is_furniture_line(line: str) -> bool:
    if "](" in line and _MARKDOWN_LINK_LINE.match(line):
        return True
    if line.lstrip().startswith("(") and _BRACKETED_SOURCE_LINE.fullmatch(line):
        return True
    if _site_owner_or_address(line):
        return True
    if _source_or_copyright_line(line):
        return True
    if ("|" in line and _OUTLET_WITH_DATELINE.match(line)) or _REPRINT_NOTICE.match(line):
        return True
    if ("|" in line or "- " in line or "– " in line) and _outlet_with_date_or_section(line):
        return True
    if (_CHROME_LABEL.match(line) or _BULLET.match(line)) and not _is_prose(line):
        return True  # (a line of prose that opens with a label or a teaser's bullet: a page whose lines were joined)
    if _HAS_DIGIT.search(line) and _is_stamp(line):
        return True
    if _DIRECTORY.match(line) or _MASTHEAD.match(line) or _outlet_with_its_tagline(line):
        return True
    if len(line) <= _BYLINE_MAX and _BYLINE.match(line):
        return True
    if len(line) <= BYLINE_WITH_OUTLET_MAX and _BYLINE_WITH_OUTLET.fullmatch(line):
        return True
    if "|" in line and ((_PIPED_MENU.fullmatch(line) and not _TABLE_ROW.match(line)) or _site_and_section(line)):
        return True
    if "thông tin" in line.casefold() and _SITE_LINE.fullmatch(line):
        return True
    if (">" in line or "»" in line) and _BREADCRUMB.fullmatch(line):
        return True

    return "," not in line and not _ends_a_sentence(line) and _menu_words(line) >= 2


def _is_prose(line: str) -> bool:
    """A long line with a sentence's end or prose inside it: more than a label, a menu or a teaser's headline."""
    return len(line) > 120 and bool(_ends_a_sentence(line) or _PROSE_INSIDE.search(line))


def _menu_words(line: str) -> int:
    """How many section names the line prints as a menu does, capitalised: "kinh tế - xã hội" in a caption is prose."""
    return sum(1 for m in _MENU_WORD.finditer(line) if m.group(0)[0].isupper())


def _is_stamp(line: str) -> bool:
    """A line of dates, times, weekdays and stamp labels only ("Thứ ba, 16/07/2024 10:15 GMT+7")."""
    if _NOT_STAMP_CHAR.search(line):
        return False
    rest = _STAMP_PIECE.sub(" ", line)
    return bool(_STAMP_REST.fullmatch(rest))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
