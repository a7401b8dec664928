"""A spoken referral typed out (a voice note's transcript pasted into an email): its
sentences made the "Prompt: answer" lines a form would hold.

A worker dictating says "Legal status ICO. School wise Cheney School. Reference is
OCC 5510027. My email's amy.cole@... and my mobile is 07700 900318", with fillers ("um")
and no colons. Each sentence that opens with a referral's prompt becomes that prompt's
line; the worker's "it's Amy Cole, social worker" and "the young person is Jade Hollis,
she goes by JJ" become the worker's and the child's name. Other sentences are kept.
"""

from __future__ import annotations

import re

__all__ = ["is_transcript", "labelled"]

_MARK = re.compile(
    r"\b(transcript|transcribed|voice ?(note|message|mail)|voicemail|dictated)\b", re.I
)
_FILLER = re.compile(r"(?<![\w'\u2019])(?:um+|uh+|erm+|er|hmm+)(?![\w'\u2019])[,.]?\s*", re.I)
_NAME = r"(?-i:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})"
_WORKER = re.compile(
    rf"^(?:hi|hello|hiya|morning|afternoon)?[,!]?\s*(?:it'?s|it is|this is)\s+(?P<name>{_NAME})"
    r"[,\s]+(?:the\s+|a\s+|your\s+)?(?:allocated\s+|duty\s+|senior\s+)?social worker\b",
    re.I,
)
_CHILD = re.compile(
    r"^(?:(?:so|right|okay|ok|and)[,\s]+)*(?:the\s+)?(?:young person|child|kid|baby|little one"
    r"|boy|girl|referral)(?:'s name)?\s+is(?:\s+called)?\s+"
    rf"(?P<name>{_NAME})(?P<rest>.*)$",
    re.I,
)
_KNOWN_AS = re.compile(
    r"^[,\s]*(?:and\s+)?(?:she|he|they)\s+(?:goes|go|likes to be called|prefers)\s+(?:by\s+)?"
    r"(?P<known>[\w'\u2019-]+)",
    re.I,
)
_BIRTH_SAID = re.compile(r"\b(born|dob|d\.o\.b|date of birth)\b", re.I)
_GENDER = re.compile(r"^(?:(?:she|he)(?:'s| is)\s+)?(?:an?\s+)?(?P<gender>girl|boy)\W*$", re.I)
_EMAIL = re.compile(r"\b(?:my\s+)?e-?mail(?:'s| is| address is)\s+(?P<email>\S+@\S+?)\.?(?:\s|$)")
_PHONE = re.compile(
    r"\b(?:my\s+)?(?:mobile|phone|number|work phone|landline)(?:'s| is| number is)\s+"
    r"(?P<phone>\+?[\d ]{9,16}\d)",
    re.I,
)
# a spoken prompt and what joins it to its answer: "School wise X", "Reference is X",
# "Placements, two", "Legal status ICO" ("Placement" alone asks for the setting: left)
_PROMPT = re.compile(
    r"^(?P<prompt>legal status|date of birth|d\.?o\.?b\.?|school(?:ing)?|education"
    r"|family time|contact|(?:previous )?placements|placement history|health|reference"
    r"|case (?:number|reference)|length|duration|start(?:ing)?|known as)"
    r"(?:\s*,|\s*:|\s+[-\u2013]|\s+(?:wise|is|are|was)\b)?\s*,?\s+(?P<rest>\S.*)$",
    re.I,
)
_DAY_AFTER = re.compile(
    r"^start(ing)?: (tomorrow|(mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I
)
_SET_OUT = re.compile(r"^[A-Za-z][A-Za-z'/&() ]{0,60}?(?:\s[-\u2013\u2014]\s|:\s)")


def is_transcript(lines: list[str]) -> bool:
    """Whether the text is a spoken message typed out: marked so, or full of fillers."""
    head = " ".join(lines[:6])
    fillers = sum(len(_FILLER.findall(line)) for line in lines)
    return bool(_MARK.search(head)) or fillers >= 3


def _prompted(sentence: str) -> str | None:
    """ "School wise Cheney School" is "School: Cheney School"."""
    found = _PROMPT.match(sentence)
    if not found:
        return None
    rest = found.group("rest").strip().rstrip(".")
    return f"{found.group('prompt')}: {rest}" if rest else None


def _sentence_lines(sentence: str) -> list[str]:
    worker = _WORKER.match(sentence)
    if worker:
        return [f"Social worker: {worker.group('name')}"]
    child = _CHILD.match(sentence)
    if child:
        lines = [f"Name: {child.group('name')}"]
        known = _KNOWN_AS.match(child.group("rest"))
        if known:
            lines.append(f"Known as: {known.group('known')}")
        elif _BIRTH_SAID.search(child.group("rest")):
            rest = child.group("rest").strip(" ,.;")  # ", born 2 June 2014, female"
            lines.append(rest[:1].upper() + rest[1:])
        return lines
    gender = _GENDER.match(sentence)
    if gender:
        return [f"Gender: {gender.group('gender').lower()}"]
    contacts = [f"Email: {found.group('email')}" for found in _EMAIL.finditer(sentence)]
    contacts += [f"Phone: {found.group('phone')}" for found in _PHONE.finditer(sentence)]
    if contacts:
        return contacts
    prompted = _prompted(sentence)
    if prompted and _DAY_AFTER.match(prompted):
        return [sentence]  # "Start tomorrow, Saturday": read as said, from the message's date
    return [prompted or sentence]


def labelled(lines: list[str]) -> list[str]:
    """A transcript's paragraphs as one line per sentence, spoken prompts made labels.
    Lines already set out as "Prompt: answer" (or "Prompt - answer") are kept as they are."""
    out: list[str] = []
    paragraph: list[str] = []

    def flush() -> None:
        text = _FILLER.sub("", " ".join(part.strip() for part in paragraph)).strip()
        paragraph.clear()
        if not text:
            return
        if _SET_OUT.match(text):
            out.append(text)  # "Self-harm - she ..., none since.": one prompt's answer
            return
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z\d])", text):
            out.extend(_sentence_lines(sentence.strip()))

    for line in lines:
        if not line.strip():
            flush()
            out.append(line)
        else:
            paragraph.append(line)
    flush()
    return out
