"""Phrases written as a person would write them, compiled into regular expressions.

The risk vocabulary (:mod:`~hearth_referrals.documents.rules.risk_vocabulary`) lists
terms in plain words, not regexes, so that adding "set light to" is adding three words,
and "sets light to", "setting light to" come with it. The notation:

* ``word``: the word and its inflections (``cut`` also finds cuts, cutting; ``burn``
  burns, burned, burnt, burning; ``overdose`` overdoses, overdosed, overdosing),
  from regular English endings and a short table of irregular verbs.
* ``=word``: the word exactly as written (no inflection: ``=missing``, ``=od``).
* ``a|b``: either word (each inflected); ``[a]`` or ``[a|b]``: an optional word.
* ``{slot}``: a word class from :data:`SLOTS` ("{self}": herself, himself, ...).
* ``~N``: up to N other words in between (not across a full stop or semicolon).

Words are joined by a space, a hyphen or nothing ("self harm" finds self-harm,
selfharm; "fire setting" finds firesetting), and a phrase matches whole words only,
not a possessive's owner ("hurt the neighbour" is not in "hurt the neighbour's dog").
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["SLOTS", "compile_terms", "inflections", "phrase_pattern"]

# Words that are never inflected: pronouns, determiners, prepositions, conjunctions.
_FUNCTION = frozenset(
    "a an the to of in on at by for from with into onto off out up down over under and or nor"
    " her his their its him them she he they it own this that these those any some no not"
    " as than then so is are was were be been being has have had do does did".split()
)

# Irregular verb forms (and a few nouns) the endings rules cannot make.
_IRREGULAR = {
    "bite": ("bit", "bitten"),
    "burn": ("burnt",),
    "buy": ("bought",),
    "catch": ("caught",),
    "do": ("did", "done"),
    "drink": ("drank", "drunk"),
    "fight": ("fought",),
    "find": ("found",),
    "give": ("gave", "given"),
    "go": ("went", "gone"),
    "hang": ("hung",),
    "hide": ("hid", "hidden"),
    "hold": ("held",),
    "knife": ("knives",),
    "leave": ("left",),
    "light": ("lit",),
    "make": ("made",),
    "man": ("men",),
    "run": ("ran",),
    "sell": ("sold",),
    "smell": ("smelt",),
    "steal": ("stole", "stolen"),
    "take": ("took", "taken"),
    "throw": ("threw", "thrown"),
    "child": ("children",),
    "tell": ("told",),
    "tie": ("tied", "tying"),
    "woman": ("women",),
    "write": ("wrote", "written"),
}
_VOWELS = "aeiou"


def _doubles(word: str) -> bool:
    """A short word ending consonant-vowel-consonant doubles it: cut -> cutting."""
    return (
        len(word) >= 3
        and word[-1] not in _VOWELS + "wxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
        and len(re.findall(f"[{_VOWELS}]+", word)) == 1
    )


@cache
def inflections(word: str) -> tuple[str, ...]:
    """The word with its regular and irregular inflected forms (over-generation is
    harmless: "arsoned" never occurs in a referral)."""
    forms = {word, *_IRREGULAR.get(word, ())}
    if word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        forms |= {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    elif word.endswith("e") and not word.endswith("ee"):
        forms |= {word + "s", word + "d", word[:-1] + "ing"}
    elif word.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms |= {word + "es", word + "ed", word + "ing"}
    else:
        stem = word + word[-1] if _doubles(word) else word
        forms |= {word + "s", stem + "ed", stem + "ing"}
    return tuple(sorted(forms, key=lambda form: (-len(form), form)))


# Word classes used in phrases.
SLOTS = {
    "self": r"(?:her|him|them|my|your|one)sel(?:f|ves)",
    "poss": r"(?:her|his|their|own|both|left|right|upper|lower|inner|my)",
    "det": r"(?:a|an|the|some|any|small|several|two|three|her|his|their|another|other)",
    "number": r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a few)",
    "body": r"(?:(?:fore)?arms?|legs?|wrists?|thighs?|stomach|tummy|skin|body|face|hands?"
    r"|ankles?|chest|neck|head|knuckles?)",
    # someone the child could harm: "a resident", "his younger sister", "staff"
    "person": r"(?:(?:a|an|the|his|her|their|another|other|two|several|some)\s+)?"
    r"(?:(?:younger|older|little|baby|step|half|foster|female|male|fellow|other|new|vulnerable"
    r"|smaller"
    # whose staff: "a nursery worker", "school staff", "a residential worker"
    r"|nursery|school|residential|youth|care|key|shop|bus|dinner|lunchtime)[\s-]+){0,2}"
    r"(?:others|staff|carers?|peers?|people|anyone|someone|person|residents?|pupils?|students?"
    r"|teachers?|teaching assistants?|tas?|children|child|young (?:people|person)|kids?|boys?"
    r"|girls?|(?:step-?|half-?)?(?:siblings?|brothers?|sisters?|mum|mother|dad|father)|nan"
    r"|gran|grandparents?|grandmother|grandfather|partner|support workers?"
    # a kinship placement's relatives: "threw a chair at her aunt"
    r"|aunt(?:ie|y)?s?|uncles?|grandad|grandma|grandpa|nana|relatives?|family members?"
    r"|members? of (?:staff|the public)|classmates?|friends?|cousins?|police(?: officers?)?"
    r"|officers?|workers?|adults?|strangers?|neighbou?rs?|parents?|victims?)",
    "animal": r"(?:animals?|pets?|cats?|dogs?|kittens?|pupp(?:y|ies)|rabbits?|hamsters?|birds?"
    r"|guinea pigs?|ducks?|frogs?|horses?|fish|mice|mouse|rats?|chickens?|hens?|lambs?|sheep"
    r"|squirrels?|wildlife|insects?|spiders?)",
    # whose animal: "the family cat", "a neighbour's dog", "the carers' dogs"
    "whose": r"(?:(?:the|a|an|his|her|their|its|our|my|family|pet|foster|younger|little|small"
    r"|baby|new|own|[\w]+'s|[\w]+s')\s+){0,3}",
    "weapon": r"(?:knife|knives|blade|bladed (?:article|item)s?|weapons?|offensive weapons?"
    r"|machetes?|zombie knife|baseball bat|knuckle ?dusters?|screwdriver)",
    "drug": r"(?:drugs?|cannabis|weed|skunk|class [abc]|crack|cocaine|heroin|spice|ketamine"
    r"|mdma|pills|wraps)",
}
_SEPARATOR = r"[\s-]*"
_TOKEN = re.compile(r"\[[^\]]+\]|\S+")


def _trie(words: list[str]) -> str:
    """An alternation of literal words, factored on shared beginnings ("cut(?:ting|s)?"):
    the regex engine then tries each letter once instead of once per word."""
    tree: dict = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return _branch(tree)


def _branch(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(letter) + _branch(child) for letter, child in node.items() if letter]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(sorted(branches)) + ")"
    if ends:
        return f"(?:{body})?"
    return body


def _word(token: str) -> str:
    if token.startswith("{") and token.endswith("}"):
        return SLOTS[token[1:-1]]
    words: list[str] = []
    for word in token.split("|"):
        if word.startswith("="):
            words.append(word[1:].lower())
        elif word.lower() in _FUNCTION or not word.isalpha():
            words.append(word.lower())
        else:
            words.extend(inflections(word.lower()))
    return "(?:" + _trie(list(dict.fromkeys(words))) + ")"


def _phrase_body(phrase: str) -> str:
    pattern = ""
    for token in _TOKEN.findall(phrase):
        lead = _SEPARATOR if pattern else ""
        if re.fullmatch(r"~\d+", token):
            pattern += rf"(?:{_SEPARATOR}[^\s.;]+){{0,{token[1:]}}}?"
        elif token.startswith("[") and token.endswith("]"):
            body = _word(token[1:-1])
            pattern += f"(?:{lead}{body})?" if pattern else f"(?:{body}{_SEPARATOR})?"
        else:
            pattern += lead + _word(token)
    return pattern


# whole words; "hurt the neighbour" is not the phrase in "hurt the neighbour's dog"
_BEFORE, _AFTER = r"(?<![\w-])", r"(?!\w|['\u2019]\w)"


def phrase_pattern(phrase: str) -> str:
    """The regex for one phrase of the notation above."""
    return f"{_BEFORE}(?:{_phrase_body(phrase)}){_AFTER}"


def compile_terms(phrases: tuple[str, ...]) -> str:
    """One alternation for many phrases, its word boundaries checked once."""
    return f"{_BEFORE}(?:" + "|".join(_phrase_body(phrase) for phrase in phrases) + f"){_AFTER}"
