"""The records the signing grammar makes: a signing candidate of one verb clause (``SigningCandidate``) and a signing
the article reports (``Signing``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from phoihop.extract.dates import DateMention
from phoihop.extract.documents import DocMention


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
    jointly: bool = False  # the act is one document of all its parties ("chương trình liên tịch", "giao ước thi đua")
    second_act: bool = False  # told as another act than the one before ("Cùng dịp, ...", "... cũng ký kết")


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
    # partner beside its pairs, or told apart as a second act): no repeat of a pair
    kind: str = ""  # the kind of document signed, when printed right after the verb
