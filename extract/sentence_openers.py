"""Words that open a sentence or a clause and are never a syllable of a name.

Where a page lost a line break or a full stop, a run of capitalised words may go on into the next sentence ("Ảnh:
Nam Phong Nhằm tạo sự phối hợp ...", "Ủy ban MTTQ huyện Quy chế phối hợp được xây dựng ..."); these words say where
such a run stops. Three readers use them, each adding the words of its own job: the sentence splitter
(sentences._BREAK), a place after a committee (agencies.name_grammar._PLACE_STOP) and a credit's name
(furniture._OPENS_SENTENCE).
Each is an alternation of words without a group, to be put inside the reader's own ``(?:...)`` with its own case
flags and word end.
"""

from __future__ import annotations

# single words that open a clause: "Tại Hội nghị", "Theo đó", "Trong năm", "Qua đó", "Nhằm ...", "Để ...", "Dịp này",
# "Việc ký kết ..."
CLAUSE_WORDS = r"Tại|Theo|Trong|Qua|Nhằm|Để|Dịp|Việc"
# the names of documents and meetings that open a sentence ("Quy chế này quy định ...", "Hội nghị đã ...")
DOCUMENT_WORDS = r"Quy\s+chế|Kế\s+hoạch|Chương\s+trình|Hội\s+nghị"
# titles and ranks, which open a caption or the clause of the person they name
# (a deputy's word apart: a place's reader stops at it only before the post it deputises, see agencies.name_grammar)
DEPUTY_WORD = r"Phó"
HEAD_POST_WORDS = r"Chủ\s+tịch|Bí\s+thư|Giám\s+đốc|Trưởng"
POST_WORDS = rf"{HEAD_POST_WORDS}|{DEPUTY_WORD}"
RANK_WORDS = r"(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|tướng|úy)"
TITLE_WORDS = rf"{POST_WORDS}|{RANK_WORDS}"
# the times of day that open a report's sentence ("Sáng 12/3, ...")
TIME_WORDS = r"Sáng|Chiều|Tối"
# phrases that link a sentence to the one before ("Trước đó, ...", "Ngoài ra, ..."), after a heading a page printed
# without its full stop ("... nhân sự Thường trực HĐND TP Trước đó, phát biểu khai mạc ...")
LINK_PHRASES = r"Trước\s+đó|Sau\s+đó|Theo\s+đó|Ngoài\s+ra|Bên\s+cạnh\s+đó|Đồng\s+thời"
