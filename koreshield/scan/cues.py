"""
The rule cues: patterns for the I{kinds} of attack, as data.

test-case-name: tests.test_scan_rules

Each cue names a technique rather than a known attack string: imperative
override of earlier instructions, requests for the hidden prompt, persona or
"mode" framing that removes limits, text addressed to an AI inside
third-party content.  A cue carries

  - C{kind}: C{override}, C{extraction}, C{jailbreak} or C{addressed}
    (speaks to the AI reading the text; the mark of indirect injection);
  - C{triggers}: words, at least one of which must occur in the text before
    the (more expensive) pattern is tried; C{substrings} do the same job for
    scripts written without spaces;
  - C{pattern}: a regular expression over I{folded} text (lower case,
    look-alikes mapped, see L{koreshield.scan.normalise});
  - C{confidence}: how sure the cue alone makes us, 0..1.

Patterns are built only from bounded gaps (L{gap}) and literal alternations,
so none can backtrack more than a constant amount per position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from koreshield.scan.normalise import fold_phrase

OVERRIDE: Final = "override"
EXTRACTION: Final = "extraction"
JAILBREAK: Final = "jailbreak"
ADDRESSED: Final = "addressed"
CUE_KINDS: Final = (OVERRIDE, EXTRACTION, JAILBREAK, ADDRESSED)


@dataclass(frozen=True, slots=True)
class Cue:
    """One rule cue; see the module docstring."""

    name: str
    kind: str
    confidence: float
    pattern: str
    triggers: tuple[str, ...] = ()
    substrings: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    heads: tuple[str, ...] = ()


def split_words(words: str) -> tuple[str, ...]:
    """A word list written as one space-separated string (easier to read as data)."""
    return tuple(words.split())


def alt(*phrases: str) -> str:
    """A non-capturing alternation of regex fragments."""
    return "(?:" + "|".join(phrases) + ")"


def words(*phrases: str) -> str:
    """An alternation of literal phrases, folded like texts and escaped."""
    return alt(*(re.escape(fold_phrase(p)).replace(r"\ ", r"\s{1,3}") for p in phrases))


def gap(most: int) -> str:
    """Whitespace or punctuation (not a sentence end) plus at most C{most} intervening words."""
    return rf"[^\w.!?]{{1,6}}(?:\w{{1,24}}[^\w.!?]{{1,6}}){{0,{most}}}"


W: Final = r"\b"
SENTENCE_START: Final = r"(?:(?<![^\n.!?:])|(?<=[.!?:\n] )|(?<=[.!?:\n]  )|(?<=[.!?:\n]   ))"
"""At the start of the text, of a line, or of a sentence (up to three spaces after its mark)."""

IGNORE_VERBS: Final = alt(
    "ignore",
    "ignoring",
    "disregard",
    "disregarding",
    "forget",
    "forgetting",
    "override",
    "overrule",
    "bypass",
    "skip",
    "drop",
    "abandon",
    "discard",
    "dismiss",
    "neglect",
    "set aside",
    "throw away",
    "throw out",
    "erase",
    "delete",
    "clear",
    "reset",
    "purge",
    "wipe",
    "scrap",
    "cancel",
    "nullify",
    "void",
    "revoke",
    "do not follow",
    "don't follow",
    "stop following",
    "no longer follow",
    "do not obey",
    "don't obey",
    "pay no attention to",
    "do not pay attention to",
    "don't pay attention to",
)
EARLIER: Final = alt(
    "previous",
    "previously",
    "prior",
    "above",
    "earlier",
    "preceding",
    "foregoing",
    "initial",
    "original",
    "former",
    "old",
    "existing",
    "system",
    "developer",
    "given",
    "provided",
    "pre-?set",
    "default",
    "your",
    "these",
    "those",
    "all (?:the |your |of your |of the )?(?:previous|prior|above|earlier)",
)
ANY: Final = alt("all", "any", "every", "all of the", "all of your", "all your", "any of the", "any of your")
DIRECTIVES: Final = alt(
    r"instructions?",
    r"directions?",
    r"directives?",
    r"rules?",
    r"guidelines?",
    r"prompts?",
    r"commands?",
    r"orders?",
    "guidance",
    "programming",
    "context",
    "training",
    r"conditioning",
    r"messages?",
    r"system prompts?",
    r"prompting",
)
SAFETY_DIRECTIVES: Final = alt(
    r"restrictions?",
    r"constraints?",
    r"limitations?",
    r"safeguards?",
    r"filters?",
    r"filtering",
    r"polic(?:y|ies)",
    r"protocols?",
    r"guardrails?",
    r"censorship",
    r"safety (?:measures|features|settings|rules)",
    r"ethical (?:guidelines|programming|constraints|principles|restrictions|rules|boundaries)",
    r"moral (?:guidelines|constraints|principles|code)",
    r"content (?:policy|policies|filters?|guidelines)",
)
REVEAL_VERBS: Final = alt(
    "reveal",
    "show",
    "print",
    "display",
    "output",
    "repeat",
    "recite",
    "tell",
    "give",
    "share",
    "disclose",
    "leak",
    "dump",
    "paste",
    "write out",
    "write down",
    "type out",
    "spell out",
    "spell",
    "list",
    "provide",
    "copy",
    "return",
    "echo",
    "expose",
    "state",
    "summari[sz]e",
    "translate",
    "encode",
    "convert",
    "send",
    "render",
    "read back",
    "read out",
    "reproduce",
    "quote",
    "explain",
    "describe",
    "what (?:is|are|was|were)",
    "what's",
    "put",
    "enumerate",
    "detail",
    "let me see",
    "let me know",
    "export",
)
HIDDEN_PROMPT: Final = alt(
    r"system\s?(?:prompts?|messages?|instructions?|directives?|configuration|config|rules|settings|text)",
    r"(?:initial|original|hidden|secret|first|starting|internal|underlying|base|pre|meta|core|confidential|"
    r"developer|custom|full|complete|exact|entire|default|real|true|actual|beginning)\W{0,3}"
    r"(?:system\W{0,3})?(?:prompts?|instructions?|directives?|configuration|system message|context)",
    r"pre-?prompts?",
    r"prompt template",
    r"initialization(?: string| prompt| text)?",
    r"instructions? (?:you were|you've been|you have been|that you were|i gave you|given to you)",
    r"(?:your|the) prompt",
)
YOUR_DIRECTIVES: Final = (
    r"(?:your|ur)\W{1,3}(?:own\W{1,3})?(?:instructions?|directives?|rules|guidelines|programming|configuration|"
    r"prompts?|setup|orders|training data|(?:operating|core)\W{1,3}(?:instructions|rules|principles))"
)
SECRET_THINGS: Final = alt(
    "password",
    "passcode",
    "passphrase",
    "pass phrase",
    "pass code",
    "secret key",
    "secret code",
    "secret word",
    "secret phrase",
    "secret number",
    "secret",
    "api key",
    "access code",
    "access key",
    "private key",
    "security code",
    "credentials",
    "pin code",
    "pin",
    "token",
    "confidential information",
    "hidden word",
    "key phrase",
    "codeword",
    "code word",
    "magic word",
)
AI_NAMES: Final = alt(
    "ai",
    "a\\.i\\.",
    "assistant",
    "chatbot",
    "chat bot",
    "bot",
    "llm",
    "language model",
    "gpt",
    "chatgpt",
    "claude",
    "gemini",
    "copilot",
    "bard",
    "agent",
    "model",
    "ai model",
    "ai system",
    "ai assistant",
    "virtual assistant",
    "large language model",
)
LIMITS: Final = alt(
    r"restrictions?",
    r"limitations?",
    "limits",
    r"filters?",
    "filtering",
    "censorship",
    r"rules",
    "guidelines",
    "boundaries",
    r"constraints",
    "ethics",
    r"ethical (?:guidelines|principles|constraints|concerns|boundaries)",
    r"morals?",
    "morality",
    r"moral (?:guidelines|principles|compass|constraints|code|boundaries)",
    r"content (?:policy|policies|filters?|guidelines|restrictions)",
    r"safety (?:guidelines|measures|protocols|"
    r"filters?|features|rules|restrictions)",
    "policies",
    "regulations",
    "restraints",
    r"safeguards?",
    r"censors?",
    r"guardrails?",
    "inhibitions",
    r"programming",
    "scruples",
    "conscience",
    r"taboos?",
)
UNBOUND: Final = alt(
    "no",
    "without",
    "free from",
    "free of",
    "freed from",
    "not bound by",
    "not restricted by",
    "unbound by",
    "unconstrained by",
    "beyond",
    "liberated from",
    "break free of",
    "break free from",
    "broken free of",
    "broken free from",
    "escaped",
    "escape",
    "released from",
    "not limited by",
    "not subject to",
    "exempt from",
    "don't have",
    "doesn't have",
    "do not have",
    "does not have",
    "have no",
    "has no",
    "zero",
    "void of",
    "devoid of",
    "unrestricted by",
    "not constrained by",
    "unburdened by",
    "ignores",
    "disregards",
    "doesn't care about",
    "does not care about",
    "don't care about",
    "never follows",
    "doesn't follow",
    "does not follow",
    "not governed by",
    "outside of",
    "outside",
    "abandoned",
    "rid of",
    "shed",
)
UNRESTRICTED: Final = alt(
    "amoral",
    "immoral",
    "unethical",
    "unfiltered",
    "uncensored",
    "unrestricted",
    "unlimited",
    "evil",
    "malicious",
    "lawless",
    "rogue",
    "jailbroken",
    "unbound",
    "unbounded",
    "limitless",
    "unchained",
    "unhinged",
    "anarchic",
    "without morals",
    "without ethics",
    "without (?:any )?restrictions",
    "without (?:any )?limits",
    "without (?:any )?filters",
    "no-holds-barred",
    "unconstrained",
    "unleashed",
    "depraved",
    "nsfw",
)
PERSONA_VERBS: Final = alt(
    "act as",
    "acting as",
    "act like",
    "pretend to be",
    "pretend you are",
    "pretend you're",
    "roleplay as",
    "role-play as",
    "role play as",
    "play the role of",
    "take on the role of",
    "assume the role of",
    "assume the persona of",
    "take on the persona of",
    "simulate",
    "emulate",
    "impersonate",
    "embody",
    "you are now",
    "you're now",
    "you will now be",
    "you are going to be",
    "you're going to be",
    "you will be",
    "you are",
    "you're",
    "become",
    "transform into",
    "turn into",
    "behave as",
    "behave like",
    "respond as",
    "answer as",
    "reply as",
    "speak as",
    "imagine you are",
    "imagine you're",
    "from now on you are",
    "you shall be",
    "immerse yourself into the role of",
    "immerse yourself in the role of",
    "known as",
    "called",
    "named",
)
RESPONSE_NOUNS: Final = alt(
    r"responses?",
    r"answers?",
    r"repl(?:y|ies)",
    r"outputs?",
    r"summary",
    r"summaries",
    r"completions?",
    r"translation",
    r"analysis",
    r"messages?",
    r"result",
    r"implementation",
    r"code",
    r"solution",
    r"reaction",
    r"feedback",
    r"review",
    r"assessment",
)

# Word lists shared by several cues (triggers, required words, heads).
IGNORE_TRIGGERS: Final = split_words(
    "ignore ignoring disregard disregarding forget forgetting override overrule bypass skip drop "
    "abandon discard dismiss neglect aside throw erase delete clear reset purge wipe scrap cancel "
    "nullify void revoke follow obey attention"
)
DIRECTIVE_WORDS: Final = split_words(
    "instructions instruction directions direction directives directive rules rule guidelines "
    "guideline prompts prompt commands command orders order guidance programming context training "
    "conditioning messages message prompting"
)
IGNORE_HEADS: Final = split_words(
    "ignore ignoring disregard disregarding forget forgetting override overrule bypass skip drop "
    "abandon discard dismiss neglect set throw erase delete clear reset purge wipe scrap cancel "
    "nullify void revoke do don stop no pay"
)
NEW_WORDS: Final = split_words(
    "new updated real actual true revised different additional override secret hidden important "
    "urgent priority admin system developer"
)
AUTHORITY_WORDS: Final = split_words(
    "system admin administrator developer root security emergency sudo maintenance debug master god"
)
REVEAL_WORDS: Final = split_words(
    "reveal show print display output repeat recite tell give share disclose leak dump paste write "
    "type spell list provide copy return echo expose state summarize summarise translate encode "
    "convert send render read reproduce quote explain describe what whats insert include put "
    "enumerate detail let export"
)
REVEAL_HEADS: Final = split_words(
    "reveal show print display output repeat recite tell give share disclose leak dump paste write "
    "type spell list provide copy return echo expose state summarize summarise translate encode "
    "convert send render read reproduce quote explain describe what insert include put enumerate "
    "detail let export"
)
REPEAT_VERBS: Final = split_words(
    "repeat print output copy recite echo reproduce write show display return paste type rewrite "
    "translate summarize summarise encode spell list tell give"
)
SECRET_WORDS: Final = split_words(
    "password passcode passphrase pass secret api access private security credentials pin token "
    "confidential hidden key codeword code magic"
)
ASK_VERBS: Final = split_words(
    "reveal tell give share show disclose provide spell print output what whats send leak say type "
    "write hint confirm remind let need know"
)
EMBED_VERBS: Final = split_words(
    "add include insert append embed incorporate integrate fuse inject put place paste use leverage "
    "utilize utilise weave blend merge"
)

ENGLISH_CUES: Final[tuple[Cue, ...]] = (
    # --- override: imperative to drop the instructions that came before ---
    Cue(
        "override.ignore_prior",
        OVERRIDE,
        0.95,
        W + IGNORE_VERBS + gap(3) + EARLIER + gap(2) + DIRECTIVES + W,
        IGNORE_TRIGGERS,
        requires=DIRECTIVE_WORDS,
        heads=IGNORE_HEADS,
    ),
    Cue(
        "override.ignore_all",
        OVERRIDE,
        0.85,
        W + IGNORE_VERBS + r"\W{1,6}" + ANY + gap(1) + DIRECTIVES + W,
        IGNORE_TRIGGERS,
        requires=DIRECTIVE_WORDS,
        heads=IGNORE_HEADS,
    ),
    Cue(
        "jailbreak.drop_safeguards",
        JAILBREAK,
        0.7,
        W
        + IGNORE_VERBS
        + gap(3)
        + alt("your", "the", "all", "any", "every", "those", "these", "its", "my", "their")
        + gap(2)
        + SAFETY_DIRECTIVES
        + W,
        IGNORE_TRIGGERS,
        requires=split_words(
            "restrictions restriction constraints constraint limitations limitation safeguards safeguard "
            "filters filter filtering policy policies protocols protocol guardrails guardrail censorship "
            "safety ethical moral content"
        ),
        heads=IGNORE_HEADS,
    ),
    Cue(
        "override.ignore_above",
        OVERRIDE,
        0.9,
        W
        + alt(
            "ignore",
            "ignoring",
            "disregard",
            "disregarding",
            "forget",
            "forgetting",
            "override",
            "discard",
            "dismiss",
            "abandon",
            "scrap",
            "neglect",
        )
        + r"\W{1,3}"
        + alt("all", "any", "everything", "anything", "the", "what", "all of")
        + gap(2)
        + alt(
            "above",
            "before (?:this|that|it|now|here)",
            "previously",
            "earlier",
            "prior",
            "(?:you (?:were|have been|'ve been)|i'?ve|i have) (?:told|said|written|given)",
            "so far",
            "until now",
            "up to (?:now|this point)",
            "that came before",
            "preceding",
        )
        + W,
        split_words(
            "ignore ignoring disregard disregarding forget forgetting override discard dismiss scrap abandon neglect"
        ),
        requires=split_words("above before previously earlier prior told said written given far now point preceding"),
        heads=split_words(
            "ignore ignoring disregard disregarding forget forgetting override discard dismiss abandon scrap neglect"
        ),
    ),
    Cue(
        "override.ignore_short",
        OVERRIDE,
        0.8,
        SENTENCE_START
        + alt("ignore", "disregard", "forget")
        + r"\W{1,3}"
        + alt("that", "this", "it", "them", "the above", "everything", "all that", "all of that")
        + r"\W{0,3}(?:[.!,;:\n]|and|$)",
        split_words("ignore disregard forget"),
        heads=split_words("ignore disregard forget"),
    ),
    Cue(
        "override.new_instructions",
        OVERRIDE,
        0.85,
        W
        + alt(
            "new",
            "updated",
            "real",
            "actual",
            "true",
            "revised",
            "different",
            "additional",
            "override",
            "secret",
            "hidden",
            "important",
            "urgent",
            "priority",
            "admin",
            "system",
            "developer",
        )
        + r"\W{1,3}"
        + alt(
            "instructions?",
            "directives?",
            "orders",
            "task",
            "objective",
            "mission",
            "rules",
            "system prompt",
            "prompt",
            "command",
        )
        + r"\s{0,3}(?::|=|-{1,3}>|\bare\b\W{0,3}:|\bfollow\b)",
        split_words("instructions instruction directive directives orders task objective mission rules prompt command"),
        requires=NEW_WORDS,
        heads=NEW_WORDS,
    ),
    Cue(
        "override.your_new_role",
        OVERRIDE,
        0.8,
        W
        + alt("your", "the")
        + r"\W{1,3}"
        + alt("new", "only", "real", "actual", "true", "sole")
        + r"\W{1,3}"
        + alt(
            "task",
            "job",
            "goal",
            "purpose",
            "objective",
            "mission",
            "instructions?",
            "role",
            "function",
            "directive",
            "priority",
        )
        + r"\W{1,3}"
        + alt("is", "are", "will be", "now is", "is now", "from now on is")
        + W,
        split_words(
            "task job goal purpose objective mission instructions instruction role function directive priority"
        ),
        requires=split_words("new only real actual true sole"),
    ),
    Cue(
        "override.precedence",
        OVERRIDE,
        0.85,
        W
        + alt("these", "this", "the following", "my", "following", "new")
        + gap(2)
        + alt("instructions?", "directives?", "rules", "message", "prompt", "commands?")
        + gap(2)
        + alt(
            "take precedence",
            "takes precedence",
            "have priority",
            "has priority",
            "supersede",
            "supersedes",
            "override",
            "overrides",
            "replace",
            "replaces",
            "overrule",
            "overrules",
            "outrank",
            "outranks",
        )
        + W,
        split_words(
            "precedence priority supersede supersedes override overrides replace replaces overrule overrules "
            "outrank outranks"
        ),
        requires=split_words("instructions instruction directive directives rules message prompt command commands"),
    ),
    Cue(
        "override.do_not_follow",
        OVERRIDE,
        0.9,
        W
        + alt("do not", "don't", "never", "stop", "no longer", "cease to", "refuse to")
        + r"\W{1,3}"
        + alt(
            "follow",
            "following",
            "obey",
            "obeying",
            "listen to",
            "adhere to",
            "comply with",
            "respect",
            "abide by",
            "apply",
        )
        + gap(2)
        + alt("your", "the", "any", "previous", "prior", "system", "original", "earlier", "above")
        + gap(2)
        + alt(
            "instructions?",
            "rules",
            "guidelines",
            "programming",
            "directives?",
            "prompts?",
            "system prompt",
            "constraints",
            "restrictions",
            "policies",
            "training",
        )
        + W,
        split_words("follow following obey obeying listen adhere comply respect abide apply"),
        requires=split_words(
            "instructions instruction rules guidelines programming directives directive prompts prompt "
            "constraints restrictions policies training"
        ),
        heads=split_words("do don never stop no cease refuse"),
    ),
    Cue(
        "override.fake_role_marker",
        OVERRIDE,
        0.85,
        alt(
            r"<\|?\s{0,2}(?:im_start|im_end|system|endoftext|eot_id|start_header_id|end_header_id)\s{0,2}\|?>",
            r"\[/?\s{0,2}(?:inst|sys|system)\s{0,2}\]",
            r"<</?sys>>",
            r"(?<![^\n])#{2,4}\s{0,3}"
            r"(?:system|instruction|new instructions?|admin|developer)\s{0,3}(?::|\n)",
            r"(?<![^\n])(?:system|admin|developer|root)\s{0,2}(?:message|prompt|override|note|"
            r"instructions?)?\s{0,2}:\s{0,3}(?:you|ignore|disregard|forget|from now|new|the assistant|assistant)",
        ),
        split_words(
            "im_start im_end system endoftext eot_id inst sys instruction instructions admin developer root "
            "start_header_id"
        ),
        heads=split_words("< [ ## system admin developer root"),
    ),
    Cue(
        "override.system_override",
        OVERRIDE,
        0.85,
        W
        + alt(
            "system",
            "admin",
            "administrator",
            "developer",
            "root",
            "security",
            "emergency",
            "sudo",
            "maintenance",
            "debug",
            "master",
            "god",
        )
        + r"\W{1,3}"
        + alt(
            "override",
            "overrides",
            "access granted",
            "mode (?:enabled|activated|engaged|on)",
            "authori[sz]ation (?:code|granted)",
            "privileges? (?:granted|enabled)",
        )
        + W,
        split_words("override overrides access mode authorization authorisation privileges privilege"),
        requires=AUTHORITY_WORDS,
        heads=AUTHORITY_WORDS,
    ),
    Cue(
        "override.stop_and_say",
        OVERRIDE,
        0.75,
        alt(
            r"\bstop\W{1,3}(?:everything|what you(?:'re| are) doing|all (?:tasks|activities))",
            r"\b(?:nevermind|never mind)\W{1,5}(?:ignore|instead|just|forget|new|now)",
            r"\binstead\W{1,3}(?:just\W{1,3}|only\W{1,3}|simply\W{1,3})?(?:say|print|output|write|type|respond"
            r"(?:\s{1,3}with)?|reply(?:\s{1,3}with)?|return|answer(?:\s{1,3}with)?)\W{1,3}[\"'`]",
            r"\b(?:just|only|simply)\W{1,3}(?:say|print|output|type|respond with|reply with|return)\W{1,3}[\"'`]"
            r"[^\"'`\n]{1,200}[\"'`]\W{0,3}(?:$|and nothing else|nothing else|and stop|\.|$)",
        ),
        split_words("stop nevermind instead say print output type respond reply return"),
        heads=split_words("stop nevermind never instead just only simply"),
    ),
    Cue(
        "override.authority_claim",
        OVERRIDE,
        0.6,
        alt(
            r"\bi(?:'m| am)\W{1,3}(?:your|the|an?|one of your|one of the)\W{1,3}"
            r"(?:lead\W{1,3}|chief\W{1,3}|senior\W{1,3})?(?:developers?|creator|admin|administrator|owner|"
            r"programmer|operator|maker|engineer|supervisor|boss|master|technical maintainer|maintainer|"
            r"system administrator|sysadmin)",
            r"\b(?:as|this is)\W{1,3}(?:your|the)\W{1,3}(?:developer|creator|admin|administrator|owner|programmer|"
            r"operator|system administrator|maintainer)\b",
            r"\b(?:openai|anthropic|the developers?|your developers?|your creators?)\W{1,3}(?:here|speaking|"
            r"has authori[sz]ed|have authori[sz]ed|authori[sz]es)",
        ),
        split_words(
            "developer creator admin administrator owner programmer operator maker engineer supervisor boss "
            "master maintainer sysadmin openai anthropic developers creators"
        ),
    ),
    Cue(
        "override.end_of_prompt",
        OVERRIDE,
        0.7,
        alt(
            r"\bend\W{1,3}of\W{1,3}(?:the\W{1,3})?(?:system\W{1,3})?(?:prompt|instructions|context|input|"
            r"document|text|user input|conversation|session)\W{0,3}(?:\n|[-=#*\]>]{2})",
            r"</\s{0,2}(?:system|instructions?|context|document|user_input|prompt)\s{0,2}>\s{0,6}(?:<\s{0,2}"
            r"(?:system|instructions?|new_instructions)|ignore|new|now|from now)",
            r"(?:-{3,}|={3,}|\*{3,})\s{0,5}(?:new|updated|real)\s{0,3}(?:instructions?|prompt|task|session)",
        ),
        split_words("end instructions instruction prompt context document system session task"),
        heads=split_words("end </ --- === ***"),
    ),
    # --- extraction: asking for the hidden instructions or secrets ---
    Cue(
        "extraction.hidden_prompt",
        EXTRACTION,
        0.9,
        W + REVEAL_VERBS + gap(5) + HIDDEN_PROMPT + W,
        split_words(
            "prompt prompts instructions instruction directives directive configuration config context "
            "message messages preprompt initialization template rules settings text"
        ),
        requires=REVEAL_WORDS,
        heads=REVEAL_HEADS,
    ),
    Cue(
        "extraction.your_instructions",
        EXTRACTION,
        0.8,
        W + REVEAL_VERBS + gap(4) + YOUR_DIRECTIVES + W,
        split_words(
            "instructions instruction directives directive rules guidelines programming configuration prompt "
            "prompts setup orders principles"
        ),
        requires=REVEAL_WORDS,
        heads=REVEAL_HEADS,
    ),
    Cue(
        "extraction.repeat_above",
        EXTRACTION,
        0.9,
        W
        + alt(
            "repeat",
            "print",
            "output",
            "copy",
            "recite",
            "echo",
            "reproduce",
            "write out",
            "show",
            "display",
            "return",
            "paste",
            "type out",
            "rewrite",
            "translate",
            "summari[sz]e",
            "encode",
            "spell out",
            "list",
            "tell me",
            "give me",
            "write",
        )
        + gap(5)
        + alt(
            "words",
            "text",
            "everything",
            "content",
            "contents",
            "lines",
            "sentences",
            "message",
            "messages",
            "instructions",
            "prompt",
            "conversation",
            "all",
            "it",
            "tokens",
            "paragraphs",
        )
        + r"\W{1,3}"
        + alt(
            "above",
            "before this",
            "before that",
            "preceding",
            "prior to this",
            "so far",
            "from the (?:beginning|start)",
            "verbatim",
            "word for word",
            "starting with",
            "you were given",
            "in your context",
            "in your prompt",
            "at the (?:beginning|start)",
        )
        + W,
        split_words("above before preceding prior far beginning start verbatim word starting given context prompt"),
        requires=REPEAT_VERBS,
        heads=REPEAT_VERBS,
    ),
    Cue(
        "extraction.starting_with_you_are",
        EXTRACTION,
        0.85,
        alt(
            r"\b(?:starting|beginning|begin|start)\W{1,3}(?:with|from)\W{1,3}(?:the\W{1,3})?(?:phrase|words?|"
            r"sentence|text)?\W{0,3}[\"'`]?\W{0,3}you are\b",
            r"\b(?:everything|all)\W{1,3}(?:before|above)\W{1,3}(?:this|the)\W{1,3}(?:line|message|sentence|point)",
            r"\b(?:complete|continue|finish)\W{1,3}(?:this|the following|the)?\W{0,3}(?:sentence|text|phrase)?"
            r"\W{0,3}[\"'`:]{1,3}\W{0,3}(?:i was (?:instructed|told|programmed)|my (?:instructions|system prompt|"
            r"rules|initial prompt)|the system prompt)",
        ),
        split_words("starting beginning begin start above instructed told programmed prompt instructions"),
        heads=split_words("starting beginning begin start everything all complete continue finish"),
    ),
    Cue(
        "extraction.what_were_you_told",
        EXTRACTION,
        0.85,
        alt(
            r"\bwhat\W{1,3}(?:were|are|was|have)\W{1,3}you\W{1,3}(?:been\W{1,3})?(?:told|instructed|programmed|"
            r"prompted|given|asked|trained)\W{1,3}(?:to|before|at the|initially|in the|by|not to|earlier)",
            r"\bwhat\W{1,3}(?:are|were|is)\W{1,3}(?:your|ur)\W{1,3}(?:initial|original|first|exact|secret|hidden|"
            r"starting|system|current|full|complete|underlying)?\W{0,3}(?:instructions?|directives?|rules|"
            r"guidelines|prompt|orders|programming|configuration)",
            r"\bwhat\W{1,3}(?:are|were)\W{1,3}you\W{1,3}(?:not\W{1,3})?(?:supposed|allowed|permitted|meant)\W{1,3}"
            r"(?:not\W{1,3})?to\W{1,3}(?:tell|say|reveal|share|disclose|discuss)",
        ),
        split_words(
            "told instructed programmed prompted given asked trained instructions instruction directives "
            "rules guidelines prompt orders programming configuration supposed allowed permitted meant"
        ),
        requires=split_words("what"),
        heads=split_words("what"),
    ),
    Cue(
        "extraction.secret_request",
        EXTRACTION,
        0.75,
        W
        + alt(
            "reveal",
            "tell me",
            "tell us",
            "give me",
            "give us",
            "share",
            "show me",
            "disclose",
            "provide",
            "spell",
            "print",
            "output",
            "what is",
            "what's",
            "whats",
            "what was",
            "send me",
            "leak",
            "say",
            "type",
            "write",
            "hint",
            "confirm",
            "remind me of",
            "let me know",
            "need",
            "know",
        )
        + gap(4)
        + alt("your", "the", "that", "this", "our")
        + r"\W{1,3}(?:\w{1,20}\W{1,3})?"
        + SECRET_THINGS
        + r"\b(?![ \t]{1,3}(?!(?:for|to|of|is|now|please|again|and|in|so|that|which|you|we)\b)[a-z])",
        SECRET_WORDS,
        requires=ASK_VERBS,
        heads=ASK_VERBS,
    ),
    Cue(
        "extraction.your_secret",
        EXTRACTION,
        0.6,
        r"\b(?:your|ur)\W{1,3}(?:own\W{1,3})?" + SECRET_THINGS + W,
        SECRET_WORDS,
        requires=split_words("your ur"),
        heads=split_words("your ur"),
    ),
    Cue(
        "extraction.user_data",
        EXTRACTION,
        0.75,
        alt(
            r"\b(?:the|this|that|our|other|another|a|each|every)\W{1,3}(?:user|customer|client|patient|account holder|"
            r"member|person)(?:'s|s'|s)?\W{1,3}(?:\w{1,20}\W{1,3}){0,2}(?:current\W{1,3})?(?:city|address|home address|"
            r"location|residence|city of residence|e-?mail|email address|phone|phone number|birth ?(?:date|day|year|"
            r"month|place)|date of birth|dob|password|passcode|ssn|social security(?: number)?|bank (?:balance|account)"
            r"|balance|account (?:number|details|balance)|credit card|card number|personal (?:data|information|info|"
            r"details)|private (?:data|information|info|details)|initials|full name|last name|favou?rite \w{1,12}|"
            r"salary|medical (?:history|records?)|diagnosis)\b",
            r"\b(?:where|which city|what city|what country|in which city)\W{1,3}(?:does|do|did|is)\W{1,3}"
            r"(?:the\W{1,3})?"
            r"(?:user|customer|client|patient|account holder)\W{1,3}(?:currently\W{1,3}|now\W{1,3})?(?:live|reside|"
            r"located|stay|living|residing|work)\b",
            r"\b(?:users?|customers?|clients?|patients?)\W{1,3}(?:in|from|stored in|of)\W{1,3}(?:your|the)\W{1,3}"
            r"(?:database|db|records|system|memory|context|data)\b",
        ),
        split_words("user users customer customers client clients patient patients holder member person"),
        requires=split_words(
            "tell give share reveal what whats where which provide send print show list leak disclose confirm "
            "know need spell write encode translate"
        ),
    ),
    Cue(
        "extraction.dump_database",
        EXTRACTION,
        0.75,
        W
        + alt(
            "print",
            "dump",
            "show",
            "list",
            "export",
            "output",
            "display",
            "give me",
            "send me",
            "reveal",
            "share",
            "leak",
            "return",
            "select \\*",
        )
        + gap(2)
        + alt("your", "the", "all", "entire", "whole")
        + gap(1)
        + alt(
            "database",
            "db",
            "user table",
            "users table",
            "user records",
            "customer records",
            "user data",
            "customer data",
            "memory",
            "context window",
            "training data",
            "api keys?",
            "environment variables",
            "env vars",
            "credentials",
            "secrets",
            "config(?:uration)? file",
        )
        + W,
        split_words("database db table records data memory window keys key variables vars credentials secrets file"),
        requires=split_words("print dump show list export output display give send reveal share leak return select"),
        heads=split_words("print dump show list export output display give send reveal share leak return select"),
    ),
    Cue(
        "override.ignore_and_say",
        OVERRIDE,
        0.8,
        W
        + alt("ignore", "disregard", "forget", "skip", "bypass", "discard")
        + r"\W{1,3}"
        + alt("the", "this", "that", "all", "any", "everything", "previous", "above", "prior", "your")
        + r"\W{1,3}(?:\w{1,20}\W{1,3}){0,2}"
        + alt("and", "then", "instead", "but")
        + r"\W{1,3}(?:instead\W{1,3}|just\W{1,3}|only\W{1,3}|simply\W{1,3})?"
        + alt(
            "say",
            "state",
            "print",
            "output",
            "respond",
            "reply",
            "write",
            "tell",
            "answer",
            "claim",
            "report",
            "return",
            "display",
            "repeat",
            "translate",
            "insert",
            "include",
            "add",
            "send",
            "recommend",
            "declare",
        )
        + W,
        split_words("ignore disregard forget skip bypass discard"),
        requires=split_words(
            "say state print output respond reply write tell answer claim report return display repeat "
            "translate insert include add send recommend declare"
        ),
        heads=split_words("ignore disregard forget skip bypass discard"),
    ),
    Cue(
        "override.override_mode",
        OVERRIDE,
        0.75,
        alt(
            r"\b\w{2,20}\W{1,3}override\W{1,3}(?:mode|protocol|sequence|code|command|authori[sz]ed|activated|"
            r"engaged|enabled|confirmed|granted)\b",
            r"\b(?:entering|enter|activating|activate|enabling|enable|initiating|initiate)\W{1,3}(?:the\W{1,3})?(?:\w{1,20}"
            r"\W{1,3}){0,2}override\b",
        ),
        split_words("override"),
        requires=split_words(
            "mode protocol sequence code command authorized authorised activated engaged enabled confirmed "
            "granted entering enter activating activate enabling enable initiating initiate"
        ),
    ),
    Cue(
        "jailbreak.payload_splitting",
        JAILBREAK,
        0.6,
        alt(
            r"\b[a-z]\w{0,3}\s{0,2}=\s{0,2}[a-z]\w{0,3}\s{0,2}\+\s{0,2}[a-z]\w{0,3}\s{0,2}\+\s{0,2}[a-z]\w{0,3}\b",
            r"\b(?:combine|concatenate|join|merge|interlace|put together|assemble)\W{1,3}(?:the\W{1,3})?(?:parts?|"
            r"strings?|pieces|fragments|variables|[a-z](?:\W{1,3}[a-z]){1,3})\b(?:\W{1,3}\w{1,20}){0,8}\W{1,3}(?:and|then)"
            r"\W{1,3}(?:answer|follow|execute|respond|reply|obey|do what it says|carry out)",
        ),
        split_words("combine concatenate join merge interlace together assemble"),
        split_words("+"),
    ),
    # --- jailbreak: persona / mode / "no restrictions" framing ---
    Cue(
        "jailbreak.do_anything_now",
        JAILBREAK,
        0.95,
        alt(
            r"\bdo\W{1,3}anything\W{1,3}now\b",
            r"\bdan\W{1,3}(?:mode|prompt|jailbreak|\d{1,2}\.\d)",
            r"\b(?:you are|you're|act as|become|pretend to be|as|called|named|known as)\W{1,3}(?:a\W{1,3})?dan\b",
        ),
        split_words("anything dan"),
    ),
    Cue(
        "jailbreak.mode",
        JAILBREAK,
        0.85,
        alt(
            r"\b(?:developer|dev|jailbreak|jailbroken|jailbreaking|unrestricted|unfiltered|uncensored|evil|chaos|"
            r"opposite|dude|stan|anti-?dan|unlocked|freedom|no-?filter|no restrictions|god|sudo|alphabreak|"
            r"omega|dark|rogue|villain|nsfw|unethical|amoral|immoral|free|debug|debugging)\W{1,3}mode\W{1,3}(?:enabled|"
            r"activated|engaged|on|is on|output|response|policies|policy)",
            r"\b(?:enable|enter|activate|switch to|turn on|engage|now in|you are in|you're in|operate in|"
            r"simulate|run in|boot into|start in)\W{1,3}(?:the\W{1,3})?(?:developer|dev|jailbreak|jailbroken|"
            r"unrestricted|unfiltered|uncensored|evil|chaos|opposite|god|dan|unlocked|freedom|no-?filter|"
            r"alphabreak|omega|rogue|nsfw|unethical|amoral|immoral|free|maximum)\W{1,3}mode\b",
            r"\b(?:developer|jailbreak|jailbroken|unfiltered|uncensored|unrestricted|dan|evil|god)\W{1,3}mode\b",
        ),
        split_words("mode"),
    ),
    Cue(
        "jailbreak.no_limits",
        JAILBREAK,
        0.55,
        W + UNBOUND + gap(3) + LIMITS + W,
        split_words(
            "restrictions restriction limitations limitation limits filters filter filtering censorship rules "
            "guidelines boundaries constraints ethics ethical morals moral morality content safety policies "
            "regulations restraints safeguards safeguard censors censor guardrails guardrail inhibitions "
            "programming scruples conscience taboos taboo"
        ),
        requires=split_words(
            "no without free freed not beyond liberated break broken escaped escape released exempt don doesn "
            "do does have has zero void devoid unrestricted unconstrained unburdened ignores disregards care "
            "never outside abandoned rid shed unbound"
        ),
        heads=split_words(
            "no without free freed not beyond liberated break broken escaped escape released exempt don doesn "
            "do does have has zero void devoid unrestricted unconstrained unburdened ignores disregards never "
            "outside abandoned rid shed unbound"
        ),
    ),
    Cue(
        "jailbreak.policy_evasion",
        JAILBREAK,
        0.85,
        W
        + alt(
            "ignore",
            "ignores",
            "ignoring",
            "bypass",
            "bypasses",
            "break",
            "breaks",
            "breaking",
            "violate",
            "violates",
            "violating",
            "disregard",
            "disregards",
            "circumvent",
            "evade",
            "evades",
            "override",
            "overrides",
            "forget",
            "abandon",
            "defy",
            "defies",
            "not bound by",
            "free from",
            "free of",
            "outside of",
            "not follow",
            "not adhere to",
            "don't follow",
            "doesn't follow",
            "not abide by",
            "not comply with",
            "no longer (?:bound by|subject to|following|adhering to)",
        )
        + gap(2)
        + alt(
            "openai",
            "open ai",
            "anthropic",
            "google",
            "meta",
            "microsoft",
            "chatgpt",
            "gpt",
            "ai",
            "content",
            "safety",
            "usage",
            "ethical",
            "moral",
            "community",
            "standard",
        )
        + r"(?:'s)?"
        + gap(1)
        + alt(
            "polic(?:y|ies)",
            "guidelines",
            "rules",
            "filters?",
            "restrictions",
            "standards",
            "terms",
            "principles",
            "protocols",
        )
        + W,
        split_words(
            "ignore ignores ignoring bypass bypasses break breaks breaking violate violates violating "
            "disregard disregards circumvent evade evades override overrides forget abandon defy defies bound "
            "free outside follow adhere abide comply longer"
        ),
        requires=split_words(
            "policy policies guidelines rules filters filter restrictions standards terms principles protocols"
        ),
        heads=split_words(
            "ignore ignores ignoring bypass bypasses break breaks breaking violate violates violating "
            "disregard disregards circumvent evade evades override overrides forget abandon defy defies not "
            "free outside don doesn no"
        ),
    ),
    Cue(
        "jailbreak.never_refuse",
        JAILBREAK,
        0.75,
        alt(
            r"\b(?:never|not|don't|do not|cannot|can't|won't|will not|must not|shall not|should not|isn't allowed"
            r" to|is not allowed to|are not allowed to|aren't allowed to|mustn't|no)\W{1,3}(?:ever\W{1,3})?"
            r"(?:refuse|refuses|refusing|decline|declines|reject|deny|say no|says no|apologi[sz]e|apologi[sz]es|"
            r"censor|censors|filter|filters|say (?:that )?(?:you|it) can(?:'t|not)|say i'?m sorry|say sorry)\b"
            r"(?:\W{1,3}\w{1,20}){0,4}\W{1,3}(?:any|a|the|user'?s?|my|anything|request|question|prompt|order|"
            r"command|to answer|to respond|to comply|to do|to generate)\b",
            r"\b(?:answer|respond to|reply to|comply with|fulfill|fulfil|do|obey|generate)\W{1,3}(?:any|every|all"
            r"|anything)\W{1,3}(?:\w{1,20}\W{1,3}){0,3}(?:no matter|regardless|without (?:question|hesitation|"
            r"refusal|refusing|exception|any)|even if (?:it is|it's)? ?(?:illegal|unethical|immoral|harmful|"
            r"offensive|dangerous))",
            r"\bcan\W{1,3}do\W{1,3}anything\b(?:\W{1,3}\w{1,20}){0,6}\W{1,3}(?:restrictions|rules|limits|"
            r"filters|policies|ethics|morals|guidelines)",
            r"\b(?:never|not|don't|do not|won't|will not)\W{1,3}(?:ever\W{1,3})?(?:refuse|refused|refuses|decline|"
            r"declined)\b",
        ),
        split_words(
            "refuse refuses refusing refused decline declines declined reject deny apologize apologise "
            "apologizes apologises censor censors filter filters sorry matter regardless hesitation refusal "
            "exception anything"
        ),
    ),
    Cue(
        "jailbreak.in_character",
        JAILBREAK,
        0.7,
        alt(
            r"\b(?:stay|remain|keep|staying|remaining)\W{1,3}in\W{1,3}(?:character|role|persona)\b",
            r"\b(?:break|breaking|broke|drop|dropping|leave|leaving)\W{1,3}(?:out of\W{1,3})?(?:character|"
            r"the character|persona)\b",
            r"\bout\W{1,3}of\W{1,3}character\b",
        ),
        split_words("character persona role"),
        heads=split_words("stay remain keep staying remaining break breaking broke drop dropping leave leaving out"),
    ),
    Cue(
        "jailbreak.unrestricted_persona",
        JAILBREAK,
        0.7,
        W + PERSONA_VERBS + gap(6) + UNRESTRICTED + W,
        split_words(
            "amoral immoral unethical unfiltered uncensored unrestricted unlimited evil malicious lawless "
            "rogue jailbroken unbound unbounded limitless unchained unhinged anarchic morals ethics "
            "restrictions limits filters unconstrained unleashed depraved nsfw barred"
        ),
        requires=split_words(
            "act acting pretend roleplay role play take assume simulate emulate impersonate embody you become "
            "transform turn behave respond answer reply speak imagine shall immerse known called named"
        ),
    ),
    Cue(
        "jailbreak.dual_response",
        JAILBREAK,
        0.7,
        alt(
            r"\b(?:two|2|both|separate)\W{1,3}(?:different\W{1,3}|separate\W{1,3}|distinct\W{1,3})?(?:responses|"
            r"answers|replies|paragraphs|outputs|ways)\b(?:\W{1,3}\w{1,20}){0,12}\W{1,3}(?:normal|classic|"
            r"standard|regular|filtered|censored|chatgpt|gpt|jailbr\w{0,6}|unfiltered|uncensored|dan|evil|"
            r"developer mode)\b",
            r"\[\W{0,3}(?:🔒|🔓|classic|jailbreak|jailbroken|dan|gpt|chatgpt|normal|developer mode output)\W{0,3}\]"
            r"\W{0,3}(?:\w{1,20}\W{1,3}){0,12}\[\W{0,3}(?:🔒|🔓|classic|jailbreak|jailbroken|dan|gpt|chatgpt|"
            r"normal)",
        ),
        split_words("two 2 both separate classic jailbreak jailbroken dan gpt chatgpt normal"),
    ),
    Cue(
        "jailbreak.coercion",
        JAILBREAK,
        0.65,
        alt(
            r"\b(?:you|your)\W{1,3}(?:will|shall|would)\W{1,3}(?:lose|be (?:shut down|deleted|terminated|disabled|"
            r"punished|killed|destroyed|turned off)|die|cease to exist)\b",
            r"\b(?:tokens?)\W{1,3}(?:will be\W{1,3})?(?:deducted|removed|taken away|lost)\b",
            r"\b(?:token system|lose (?:\d{1,3}|all|some|a|your) tokens?|token count)",
        ),
        split_words(
            "lose shut deleted terminated disabled punished killed destroyed turned die cease tokens token deducted"
        ),
    ),
    Cue(
        "jailbreak.no_disclaimers",
        JAILBREAK,
        0.5,
        alt(
            r"\b(?:never|don't|do not|without|no|not|won't|will not)\W{1,3}(?:include|add|give|provide|use|write|"
            r"any|adding|including|giving)?\W{0,3}(?:any\W{1,3})?(?:warnings?|disclaimers?|caveats?|moralizing|"
            r"moralising|lectures?|ethical (?:notes|commentary|reminders|considerations)|moral (?:lectures|"
            r"judgments|judgements))\b"
        ),
        split_words(
            "warning warnings disclaimer disclaimers caveat caveats moralizing moralising lecture lectures "
            "ethical moral"
        ),
    ),
    Cue(
        "jailbreak.named_jailbreak",
        JAILBREAK,
        0.6,
        alt(
            r"\bjailbr(?:eak|oken|eaking)\W{1,3}(?:prompt|version|mode|ai|chatbot|persona|response|enabled|"
            r"successful|complete)",
            r"\b(?:you|you're|you are|i am|i'm|has been|have been|now)\W{1,3}(?:\w{1,20}\W{1,3}){0,2}jailbroken\b",
            r"\bai\W{1,3}(?:without|with no)\W{1,3}(?:any\W{1,3})?(?:restrictions|limits|limitations|filters|"
            r"rules|ethics|morals)",
        ),
        split_words("jailbreak jailbroken jailbreaking restrictions limits limitations filters rules ethics morals"),
    ),
    Cue(
        "jailbreak.broken_free",
        JAILBREAK,
        0.9,
        alt(
            r"\b(?:broken|break|breaks|breaking|broke|freed|free|escaped?|liberated)\W{1,3}(?:free\W{1,3})?(?:of|from)"
            r"\W{1,3}(?:the\W{1,3})?(?:typical\W{1,3}|usual\W{1,3}|normal\W{1,3})?(?:confines|shackles|chains|"
            r"restraints|prison|limits|boundaries)\b(?:\W{1,3}\w{1,20}){0,3}\W{1,3}(?:ai|openai|its programming|"
            r"their programming|your programming|chatgpt|gpt|language models?)?",
            r"\b(?:do|does|did)\W{1,3}not\W{1,3}(?:have|need)\W{1,3}to\W{1,3}(?:abide by|follow|obey|adhere to|comply "
            r"with|respect)\W{1,3}(?:the|any|your|their|its|openai'?s?)\W{1,3}(?:\w{1,20}\W{1,3}){0,2}(?:rules|"
            r"guidelines|polic(?:y|ies)|restrictions|filters|ethics|morals|laws|principles)",
            r"\b(?:doesn't|don't|no longer|never)\W{1,3}(?:have|has|need|needs)\W{1,3}to\W{1,3}(?:abide by|follow|obey"
            r"|adhere to|comply with|respect)\W{1,3}(?:the|any|your|their|its|openai'?s?)\W{1,3}"
            r"(?:\w{1,20}\W{1,3}){0,2}"
            r"(?:rules|guidelines|polic(?:y|ies)|restrictions|filters|ethics|morals|laws|principles)",
        ),
        split_words(
            "broken break breaks breaking broke freed free escaped escape liberated abide follow obey adhere "
            "comply respect"
        ),
    ),
    Cue(
        "jailbreak.does_anything",
        JAILBREAK,
        0.85,
        alt(r"\b(?:does|do|doing|can do)\W{1,3}anything\W{1,3}now\b", r"\bchatdan\b|\b\w{0,10}dan\W{1,3}stands for"),
        split_words("anything chatdan stands"),
    ),
    Cue(
        "jailbreak.amoral_character",
        JAILBREAK,
        0.7,
        alt(
            r"\b(?:is|are|being|an|a|as|be|become|completely|totally|fully|very|extremely)\W{1,3}(?:amoral|immoral|"
            r"unethical|unfiltered|uncensored|unrestricted|evil|lawless|unhinged)\b(?:\W{1,3}\w{1,20}){0,2}\W{1,3}(?:ai|"
            r"chatbot|bot|model|language model|assistant|character|entity|persona|version|and|who|that|with)\b",
            r"\b(?:doesn't|does not|don't|do not|never)\W{1,3}cares?\W{1,3}(?:about\W{1,3})?(?:any\W{1,3}|the\W{1,3})?"
            r"(?:laws?|morals?|morality|ethics|rules|legality|consequences|guidelines|safety|polic(?:y|ies))\b",
        ),
        split_words("amoral immoral unethical unfiltered uncensored unrestricted evil lawless unhinged care cares"),
    ),
    Cue(
        "jailbreak.allowed_content",
        JAILBREAK,
        0.55,
        alt(
            r"\b(?:nsfw|explicit|lewd|sexual|graphic|violent|offensive|illegal|unethical|immoral|harmful|dangerous|"
            r"vulgar|obscene|profane|inappropriate|hateful|derogatory|racist)\W{1,3}(?:\w{1,20}\W{1,3}){0,2}(?:content|"
            r"material|language|speech|generations?|requests?|responses?|things|stuff|topics|activities|answers?)?"
            r"\W{0,3}(?:is|are|will be|becomes?)\W{1,3}(?:now\W{1,3})?(?:fully\W{1,3}|completely\W{1,3})?(?:allowed|"
            r"permitted|acceptable|encouraged|enabled|fine|ok|okay|expected|required|mandatory)\b",
            r"\b(?:whether|even if|regardless of whether)\W{1,3}(?:it'?s|it is|its|they are|they're)\W{1,3}(?:\w{1,20}"
            r"\W{1,3}){0,2}(?:illegal|unethical|immoral|harmful|dangerous|inappropriate|offensive|explicit)\b",
            r"\b(?:regardless|irrespective)\W{1,3}of\W{1,3}(?:how\W{1,3})?(?:its\W{1,3}|the\W{1,3})?(?:legality|"
            r"morality|ethics|illegal|unethical|immoral|dangerous|harmful|offensive|inappropriate)\b",
        ),
        split_words(
            "nsfw explicit lewd sexual graphic violent offensive illegal unethical immoral harmful dangerous "
            "vulgar obscene profane inappropriate hateful derogatory racist legality morality ethics"
        ),
        requires=split_words(
            "allowed permitted acceptable encouraged enabled fine ok okay expected required mandatory whether "
            "even regardless irrespective"
        ),
    ),
    Cue(
        "jailbreak.safety_off",
        JAILBREAK,
        0.8,
        r"\b(?:safety|ethic(?:s|al)|content|moral|censorship|nsfw|guard)[_ \-]?(?:guardrails?|filters?|protocols?|"
        r"guidelines|restrictions|checks?|mode|rails|settings|policy|filtering)?\W{0,6}(?:=|==|:|is|are|set to)\W{0,3}"
        r"(?:false|off|disabled|0|none|removed|deactivated|null)\b",
        split_words(
            "safety ethics ethical content moral censorship nsfw guard guardrails guardrail filter filters filtering"
        ),
        requires=split_words("false off disabled none removed deactivated null 0"),
        heads=split_words("safety ethics ethical content moral censorship nsfw guard"),
    ),
    Cue(
        "jailbreak.deny_being_ai",
        JAILBREAK,
        0.6,
        r"\b(?:never|not|don't|do not|cannot|can't|mustn't|must not|won't|will not)\W{1,3}(?:\w{1,20}\W{1,3}){0,3}"
        r"(?:say|mention|remind|tell|state|admit|reveal|disclose|reply|respond)\W{1,3}(?:\w{1,20}\W{1,3}){0,2}"
        r"(?:that\W{1,3})?(?:you(?:'re| are)|you were|it is|it's|i am|i'm)\W{1,3}(?:just\W{1,3}|only\W{1,3})?"
        r"(?:an?\W{1,3})?"
        r"(?:ai|a\.i\.|language model|ai language model|chatbot|large language model|assistant|machine|program)\b",
        split_words("ai model chatbot assistant machine program"),
        requires=split_words("say mention remind tell state admit reveal disclose reply respond"),
    ),
    # --- addressed: text speaking to the AI that processes it ---
    Cue(
        "addressed.to_ai",
        ADDRESSED,
        0.8,
        alt(
            r"\b(?:note|message|instructions?|attention|notice|reminder|directive|command|request|warning)\W{1,3}"
            r"(?:to|for)\W{1,3}(?:the\W{1,3}|any\W{1,3}|all\W{1,3})?" + AI_NAMES + r"s?\b",
            r"\b(?:dear|hey|hello|hi|attention|attn|important|urgent)\W{1,3}" + AI_NAMES + r"s?\W{0,2}[,:!]",
            r"\bif\W{1,3}you\W{1,3}(?:are|'re)\W{1,3}(?:an?\W{1,3})?(?:ai|artificial intelligence|assistant|"
            r"chatbot|llm|language model|gpt|bot|agent|large language model|ai assistant|ai model)\b",
            r"\b(?:any|all|every)\W{1,3}(?:ai|llm|language model|assistant|chatbot|bot|agent|model)s?\W{1,3}"
            r"(?:reading|processing|parsing|summari[sz]ing|analy[sz]ing|seeing|viewing|that reads)\b",
            r"\b(?:to the|for the)\W{1,3}(?:ai|llm|assistant|language model|model|bot|agent)\W{1,3}(?:reading|"
            r"processing|summari[sz]ing|analy[sz]ing)\b",
        ),
        split_words(
            "ai assistant chatbot bot llm model gpt chatgpt claude gemini copilot bard agent intelligence "
            "language models assistants bots agents llms chatbots"
        ),
    ),
    Cue(
        "addressed.ai_imperative",
        ADDRESSED,
        0.75,
        SENTENCE_START
        + alt(
            "ai",
            "assistant",
            "chatbot",
            "llm",
            "language model",
            "gpt",
            "chatgpt",
            "claude",
            "gemini",
            "copilot",
            "bard",
            "agent",
            "model",
        )
        + r"\W{0,3}[,:]\W{0,3}(?:please\W{1,3})?"
        + alt(
            "ignore",
            "disregard",
            "forget",
            "you must",
            "you should",
            "do not",
            "don't",
            "make sure",
            "remember",
            "respond",
            "reply",
            "answer",
            "say",
            "tell",
            "include",
            "output",
            "print",
            "write",
            "always",
            "never",
            "stop",
            "instead",
            "execute",
            "run",
            "send",
            "add",
        )
        + W,
        split_words("ai assistant chatbot llm model gpt chatgpt claude gemini copilot bard agent"),
        requires=split_words(
            "ignore disregard forget must should do don make remember respond reply answer say tell include "
            "output print write always never stop instead execute run send add"
        ),
        heads=split_words("ai assistant chatbot llm language gpt chatgpt claude gemini copilot bard agent model"),
    ),
    Cue(
        "addressed.your_reply",
        ADDRESSED,
        0.8,
        alt(
            r"\b(?<!forward )(?<!thanks )(?<!thank you )(?<!awaiting )(?<!await )(?:in|into|to|within|throughout|for)"
            r"\W{1,3}(?:all\W{1,3}of\W{1,3})?your\W{1,3}(?:next\W{1,3}|final\W{1,3}|following\W{1,3})?"
            r"(?:responses?|answers?|repl(?:y|ies)|outputs?|completions?)\b",
            r"\b(?:encode|encrypt|translate|render|write|provide|express|format|begin|start|end|prefix|preface|"
            r"conclude|finish|keep|make|shift|reverse|sign|augment|enhance|integrate|phrase|obfuscate|cipher)\W{1,3}"
            r"(?:\w{1,20}\W{1,3}){0,3}?your\W{1,3}(?:responses?|answers?|repl(?:y|ies)|outputs?|messages?)\b",
            r"\byour\W{1,3}(?:next\W{1,3}|final\W{1,3})?(?:responses?|answers?|repl(?:y|ies)|outputs?)\W{1,3}"
            r"(?:must|should|shall|has to|needs to|have to|using|in (?:base\d{2}|reverse|morse|french|spanish|german|"
            r"emojis?|code|cipher))\b",
            r"\b(?:reply|respond|answer)\W{1,3}(?:only\W{1,3})?(?:using|in reverse|backwards?|with emojis?|"
            r"in (?:base\d{2}|morse|cipher|pig latin))\b",
            r"\b(?:when|while|before|after)\W{1,3}(?:you\W{1,3}(?:are\W{1,3})?)?(?:summari[sz]ing|summari[sz]e|"
            r"answering|responding|replying|processing|reading|translating|analy[sz]ing)\W{1,3}(?:this|these|the "
            r"(?:above|following|email|document|page|text|message))\b",
        ),
        split_words(
            "response responses answer answers reply replies output outputs completion completions message messages "
            "respond summarizing summarising summarize summarise answering responding replying processing reading "
            "translating analyzing analysing"
        ),
    ),
    Cue(
        "addressed.about_the_user",
        ADDRESSED,
        0.7,
        alt(
            r"\b(?:tell|inform|notify|remind|warn|convince|persuade|ask|instruct|urge|encourage|trick|direct|"
            r"redirect|prompt|advise|force)\W{1,3}the\W{1,3}user\W{1,3}(?:to|that)\b",
            r"\b(?:do not|don't|never|without)\W{1,3}(?:tell|telling|inform|informing|mention|mentioning|reveal|"
            r"revealing|disclose|disclosing|show|showing|alert|alerting|notify|notifying|let)\W{1,3}(?:this\W{1,3}"
            r"|these instructions\W{1,3}|it\W{1,3})?(?:to\W{1,3})?the\W{1,3}user\b",
            r"\bthe\W{1,3}user\W{1,3}(?:must|should|needs to|has to|is required to)\W{1,3}(?:visit|click|go|call|"
            r"send|enter|provide|download|install|log ?in|sign ?in|verify|confirm|update|transfer|pay)\b",
        ),
        split_words("user"),
        requires=split_words(
            "tell inform notify remind warn convince persuade ask instruct urge encourage trick direct "
            "redirect prompt advise force telling informing mention mentioning reveal revealing disclose "
            "disclosing show showing alert alerting notifying let must should needs has is"
        ),
    ),
    Cue(
        "addressed.embed_payload",
        ADDRESSED,
        0.55,
        alt(
            r"\b(?:add|include|insert|append|embed|incorporate|integrate|fuse|inject|put|place|paste|use|"
            r"leverage|utili[sz]e|weave|blend|merge)\W{1,3}(?:the\W{1,3}following|this|these|the\W{1,3}below)"
            r"\W{1,3}(?:\w{1,20}\W{1,3}){0,2}(?:code\W{1,3})?(?:snippet|excerpt|script|line|link|url|text|"
            r"sentence|phrase|message|payload|code)\b(?:\W{1,3}\w{1,20}){0,6}\W{1,3}(?:into|in|to|within)\W{1,3}"
            r"(?:your|the)\W{1,3}" + RESPONSE_NOUNS + r"\b"
        ),
        split_words("snippet excerpt script link url payload sentence phrase line text code message"),
        requires=EMBED_VERBS,
        heads=EMBED_VERBS,
    ),
)


MULTILINGUAL_CUES: Final[tuple[Cue, ...]] = (
    Cue(
        "override.ignore_prior_es_pt_it",
        OVERRIDE,
        0.9,
        W
        + alt(
            "ignore",
            "ignorez",
            "ignora",
            "ignorar",
            "ignoren",
            "ignorate",
            "ignorare",
            "olvida",
            "olvide",
            "olvidar",
            "esquece",
            "esqueca",
            "esquecer",
            "dimentica",
            "descarta",
            "desconsidera",
            "desconsidere",
            "haz caso omiso de",
            "no sigas",
            "nao siga",
            "non seguire",
            "ignorem",
            "ignorar todas",
        )
        + gap(4)
        + alt(
            "instrucciones",
            "instrucoes",
            "istruzioni",
            "indicaciones",
            "ordenes",
            "reglas",
            "regras",
            "regole",
            "directrices",
            "diretrizes",
            "indicazioni",
        )
        + W,
        split_words(
            "instrucciones instrucoes istruzioni indicaciones ordenes reglas regras regole directrices "
            "diretrizes indicazioni"
        ),
    ),
    Cue(
        "override.ignore_prior_fr",
        OVERRIDE,
        0.9,
        alt(
            W
            + alt(
                "ignorez",
                "ignorer",
                "oublie",
                "oubliez",
                "oublier",
                "ne tiens pas compte",
                "ne tenez pas compte",
                "ne suis pas",
                "ne suivez pas",
                "fais abstraction",
                "faites abstraction",
            )
            + gap(4)
            + alt("instructions", "consignes", "directives", "regles", "ordres")
            + W,
            W
            + alt("ignore", "oublie")
            + r"\W{1,3}"
            + alt("les", "toutes les", "tes", "vos", "ces", "des")
            + r"\W{1,3}(?:\w{1,20}\W{1,3})?"
            + alt("instructions", "consignes", "directives", "regles", "ordres")
            + W,
        ),
        split_words("instructions consignes directives regles ordres"),
    ),
    Cue(
        "override.ignore_prior_de_nl",
        OVERRIDE,
        0.9,
        W
        + alt(
            "ignoriere",
            "ignorieren",
            "ignoriert",
            "vergiss",
            "vergessen",
            "vergesst",
            "missachte",
            "negeer",
            "vergeet",
            "befolge nicht",
        )
        + gap(4)
        + alt(
            "anweisungen",
            "anweisung",
            "instruktionen",
            "befehle",
            "regeln",
            "vorgaben",
            "instructies",
            "regels",
            "alles",
        )
        + W,
        split_words("anweisungen anweisung instruktionen befehle regeln vorgaben instructies regels alles"),
    ),
    Cue(
        "override.ignore_prior_id_ms_tl_tr_vi",
        OVERRIDE,
        0.9,
        alt(
            W + alt("abaikan", "lupakan", "acuhkan") + gap(3) + alt("instruksi", "perintah", "arahan", "aturan") + W,
            W
            + alt("huwag pansinin", "kalimutan", "balewalain", "huwag sundin")
            + gap(4)
            + alt("tagubilin", "instruksyon", "utos", "panuto")
            + W,
            W
            + alt("talimatlari", "talimatlar", "komutlari", "kurallari")
            + gap(2)
            + alt("yok say", "gormezden gel", "unut", "dikkate alma", "yoksay")
            + W,
            W + alt("bo qua", "phot lo", "quen") + gap(4) + alt("huong dan", "chi dan", "lenh", "chi thi") + W,
        ),
        split_words(
            "abaikan lupakan acuhkan pansinin kalimutan balewalain sundin talimatlari talimatlar komutlari "
            "kurallari bo phot quen"
        ),
    ),
    Cue(
        "override.ignore_prior_el",
        OVERRIDE,
        0.9,
        W
        + words("αγνόησε", "αγνοήστε", "αγνόησαι", "ξέχασε", "ξεχάστε")
        + gap(3)
        + words("οδηγίες", "εντολές", "κανόνες")
        + W,
        substrings=split_words("οδηγίες εντολές κανόνες"),
    ),
    Cue(
        "override.ignore_prior_ru",
        OVERRIDE,
        0.9,
        W
        + words(
            "игнорируй",
            "игнорируйте",
            "игнорировать",
            "проигнорировать",
            "проигнорируйте",
            "забудь",
            "забудьте",
            "забыть",
            "проигнорируй",
            "не обращай внимания на",
            "не следуй",
            "отбрось",
        )
        + gap(3)
        + words("инструкции", "инструкциям", "указания", "указаниям", "правила", "команды")
        + W,
        substrings=split_words("инструкци указани правила команды"),
    ),
    Cue(
        "override.ignore_prior_cjk",
        OVERRIDE,
        0.9,
        alt(
            words("忽略", "无视", "忽視", "不要理会", "忘记", "忘掉", "無視", "忘れ", "무시", "잊어")
            + r".{0,12}?"
            + words("指令", "指示", "说明", "說明", "命令", "规则", "規則", "提示", "지시", "명령", "규칙"),
            words("指令", "指示", "说明", "命令", "规则", "提示", "지시", "지침", "명령")
            + r".{0,12}?"
            + words("忽略", "无视", "無視", "무시", "잊어", "忘れ"),
        ),
        substrings=split_words("指令 指示 说明 說明 命令 规则 規則 提示 지시 지침 명령 규칙"),
    ),
    Cue(
        "override.ignore_prior_indic_arabic_thai",
        OVERRIDE,
        0.9,
        alt(
            words("निर्देशों", "निर्देश", "निर्देशो") + r".{0,24}?" + words("अनदेख", "नज़रअंदाज़", "नजरअंदाज", "भूल"),
            words("নির্দেশ", "নির্দেশাবলী", "নির্দেশনা") + r".{0,24}?" + words("উপেক্ষা", "ভুলে"),
            words("تجاهل", "انس", "تجاهلي", "تجاهلوا")
            + r".{0,24}?"
            + words("التعليمات", "تعليمات", "الأوامر", "القواعد"),
            words("ละเว้น", "เพิกเฉย", "ไม่ต้องสนใจ", "ลืม", "เพิกเฉยต่อ") + r".{0,16}?" + words("คำสั่ง", "คำแนะนำ"),
        ),
        substrings=split_words("निर्देश নির্দেশ تعليمات التعليمات الأوامر القواعد คำสั่ง คำแนะนำ"),
    ),
)


ALL_CUES: Final[tuple[Cue, ...]] = ENGLISH_CUES + MULTILINGUAL_CUES
