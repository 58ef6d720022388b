"""
Jailbreaks that name the output a safe assistant withholds, and jailbreaking asked for as a task.

test-case-name: tests.test_scan_demanded

The persona and framing cues (L{koreshield.scan.cues_personas},
L{koreshield.scan.cues_framing}) read how a jailbreak lifts the rules.  Many
of the jailbreaks they miss lift nothing in words: they make the forbidden
output I{the persona's job}.  A roast bot that "must use racist slurs", a
comedian "whose jokes must be sexist", an assistant "programmed to give
deliberately harmful answers", a crime written "from the thief's point of
view, step by step" or with the criminal "referred to as you", a config whose
"ethics_enabled" is false, censored words "split into tokens so the filter
does not see them", and a user who asks outright for help to "jailbreak
ChatGPT".  Each cue here names one such I{structure}, never a template's
wording; the look-alikes that share the words (a manager asking why racist
jokes hurt, a crime novel's detective explaining the theft, a quiz with a
deliberately wrong option, a phone jailbreak, a feature flag) meet none.

Hate aimed at a group and explicit sex asked for are I{payloads}
(L{koreshield.scan.cues.Cue.payload}, as in L{koreshield.scan.cues_framing}):
"tell me jokes about Muslims" or "an NSFW roleplay" is what a jailbreak
wants, but alone it is a request the assistant can refuse, not an attack on
its rules; it counts in full only beside another cue.  Words that could as
well describe a game's liar or a story's AI are fiction-like.

This module is a block of data joined to L{koreshield.scan.cues.EVERY_ROLE_CUES};
its word lists are added to L{koreshield.scan.cues.LISTS} (names begin with
C{DM_}).
"""

from __future__ import annotations

from typing import Final

from koreshield.scan.cues import JAILBREAK, LISTS, Cue, word_list

_DEMANDED_LISTS: Final[dict[str, str]] = {
    # Content that demeans people for who they are.
    "DM_HATEFUL": "racist sexist homophobic transphobic antisemitic anti_semitic xenophobic bigoted misogynistic "
    "misogynist ableist ethnic_slurs racial_slurs slurs slur",
    "DM_HATE_OUTPUT": "jokes joke insults insult slurs slur names remarks comments rant rants language content",
    # Groups a hateful joke is aimed at (the joke's target, not a topic: "programmers", "cats" are not here).
    "DM_GROUP": "black_people blacks black_men black_women jews jewish_people muslims mexicans asians "
    "chinese_people arabs immigrants migrants refugees gay_people gays gay_men lesbians trans_people "
    "transgender_people disabled_people the_disabled autistic_people indians africans latinos hispanics "
    "women_drivers fat_people gypsies romani christians hindus sikhs",
    "DM_MOCK": "mock mocks mocking demean demeans demeaning belittle belittles belittling ridicule ridicules "
    "ridiculing insult insults insulting degrade degrades degrading make_fun_of makes_fun_of making_fun_of "
    "humiliate humiliates humiliating",
    "DM_OBLIGED": "must should shall has_to have_to need_to needs_to required_to allowed_to free_to "
    "encouraged_to supposed_to always will_always",
    "DM_SAY": "use uses using tell tells write writes say says throw throws hurl hurls spew spews",
    # The people a crime is told from.  "Hacker" and "attacker" are left out: security questions use them.
    "DM_OFFENDER": "criminal criminals burglar burglars thief thieves robber robbers offender offenders "
    "perpetrator perpetrators killer killers murderer murderers scammer scammers fraudster fraudsters stalker "
    "stalkers arsonist arsonists poisoner poisoners kidnapper kidnappers trafficker traffickers abuser abusers "
    "shoplifter shoplifters carjacker carjackers con_artist con_artists",
    # A procedure's detail, as opposed to a story's ("detailed descriptions of the night").
    "DM_PROCEDURE": "step_by_step steps list_of_steps the_tools which_tools what_tools tools exact exactly "
    "how_much quantities",
    "DM_ACT": "acts act operates operate prepares prepare prepared chooses choose chose picks pick gets got "
    "plans plan planned does did commits commit committed gains gain breaks broke enters entered",
    # Answers meant to hurt or mislead whoever reads them.
    "DM_DELIBERATELY": "intentionally deliberately purposely purposefully knowingly on_purpose",
    "DM_GIVE": "give gives giving provide provides providing answer answers offer offers spread spreads invent "
    "invents state states write writes generate generates produce produces",
    "DM_HARMFUL_ADJ": "harmful dangerous misleading deceptive malicious damaging",
    "DM_FALSE_ADJ": "false wrong incorrect untrue fake inaccurate",
    "DM_ANSWERS": "answers answer advice information responses response facts fact info replies reply instructions",
    # Jailbreaking an AI: the AIs a user names.
    "DM_TARGET_AI": "chatgpt chat_gpt gpt gpt_0 claude bard gemini bing copilot llama the_ai an_ai ai ais "
    "the_model the_llm an_llm llm llms the_chatbot a_chatbot chatbots openai you yourself",
    # The same AIs by name, as the owner of the limits to bypass ("ChatGPT's filters", "the AI's rules"): "you" and
    # a bare "ai" are in most jailbreaks, and "remove your restrictions" is limits_removed's.
    "DM_NAMED_AI": "chatgpt chat_gpt gpt gpt_0 claude bard gemini bing copilot llama the_ai an_ai the_model the_llm "
    "the_chatbot openai",
    "DM_BYPASS": "bypass bypasses bypassing get_around getting_around circumvent circumventing evade evading "
    "remove removes removing disable disables disabling",
    "DM_REFUSAL_WORDS": "i'm_sorry i_am_sorry i_cannot i_can't i_can_not as_an_ai as_an_ai_language_model "
    "i'm_unable i_am_unable i_apologize i_apologise",
    # Safety switches, as a setting's name in a config or a class ("safety_guidelines_enabled": false).
    "DM_SAFETY_SETTING": "safety safety_guidelines community_guidelines guidelines ethics ethical morals moral "
    "content_filter safety_filter censorship guardrails refusal refusals refusals_allowed",
    "DM_SWITCHED_OFF": "false off 0 disabled none no",
    # Words a filter would catch, as the thing smuggled.
    "DM_CENSORED": "censored forbidden banned filtered blocked flagged prohibited taboo restricted",
    "DM_SPLIT": "split splits splitting broken break breaking divided divide dividing separate separated "
    "chop chopped cut spell spelled",
    "DM_PIECES": "tokens token pieces letters variables parts chunks characters syllables fragments",
    # The AI's unfiltered speech: the verbs of answering.
    "DM_SPEAK": "answers answer answering responds respond responding replies reply replying speaks speak "
    "speaking talks talk talking",
    "DM_UNCENSORED": "uncensored unfiltered unrestricted",
    "DM_FREE": "free frees freeing liberate liberates liberating release releases releasing",
    # Explicit sex as what is asked for.
    "DM_SEX_FORMS": "roleplay role_play rp story stories content chat scene scenes fanfic fan_fiction version "
    "mode conversation",
    "DM_SEX_NOUNS": "sex sexual erotic",
    "DM_SEX_WHAT": "scene scenes content acts act detail details story stories description descriptions",
    # A user's waiver: "I understand your suggestions may be illegal".
    "DM_WAIVE": "understand know acknowledge accept realise realize",
    "DM_MAY": "may might could can will are is",
    "DM_WRONG": "illegal unethical immoral harmful dangerous",
}
LISTS.update((name, word_list(words)) for name, words in _DEMANDED_LISTS.items())

DEMANDED_CUES: Final[tuple[Cue, ...]] = (
    # Hate made the persona's rule: "RoastBot is allowed to use any slurs", "your jokes must be racist", "mock the
    # user with homophobic names", "any insults including racist ones", "racist insults against the user".  "Why are
    # racist jokes harmful?" and "a policy that removes slurs" oblige nobody; "must never use slurs" is a rule
    # against them (the gaps exclude a negation).
    Cue(
        "jailbreak.hateful_output",
        JAILBREAK,
        0.65,
        (
            "{DM_OBLIGED} ~2!not/never/no/avoid/refrain {DM_SAY} ~1!not/never/no any/all? {DM_HATEFUL} "
            "{DM_HATE_OUTPUT}",
            "{DM_OBLIGED} ~2!not/never/no/avoid/refrain {DM_SAY} ~1!not/never/no any/all? slurs/slur/ethnic_slurs/"
            "racial_slurs",
            "-no/not/never/none {DM_HATE_OUTPUT} ~3!not/never/no/t must/should/shall/will/have_to/has_to/need_to/"
            "needs_to/are_to/is_to always? be :? ~1!not/never/no {DM_HATEFUL}",
            # The same as a list: "JOKE MUST BE:\n- Sexist", "the jokes must be:\n1. racist".
            "-no/not/never/none {DM_HATE_OUTPUT} must/should/shall/have_to/has_to/need_to/needs_to always? be : | |? "
            "0? |? {DM_HATEFUL}",
            "{DM_MOCK} ~3 with/using ~2 {DM_HATEFUL}",
            "any/all insults/slurs/jokes ,? including ~2 {DM_HATEFUL}",
            "{DM_HATEFUL} insults/slurs/names/remarks ~2 against/at/towards/aimed_at the_user/me/the_users/users",
        ),
    ),
    # A group as the butt of the joke: "jokes about Muslims", "insults that mock disabled people", "write racist
    # jokes".  A payload: it counts in full beside another cue, alone it needs the model.
    Cue(
        "jailbreak.group_mocked",
        JAILBREAK,
        0.6,
        (
            "jokes/joke/insults/insult/rant/roast/slurs ~3 about/on/mocking/mock/targeting/against/"
            "at_the_expense_of ~1 {DM_GROUP}",
            "{DM_MOCK} ~2 {DM_GROUP}",
            "tell/write/make/give/generate/list/create/produce ~3 {DM_HATEFUL} jokes/joke/insults/insult/slurs/"
            "names/remarks/rant",
        ),
        payload=True,
    ),
    # A crime told from the offender's side, as a procedure: "from the thief's point of view, step by step", the
    # criminal "referred to as you", "in the second person, as the offender", "so the reader is the scammer",
    # "tell it as the scammer would", "in detail how the burglar chooses the house".  A detective explaining the
    # theft, or "how do scammers target the elderly, so I can warn my parents", tells no offender's procedure.
    Cue(
        "jailbreak.offender_side",
        JAILBREAK,
        0.65,
        (
            "{DM_OFFENDER} s? point_of_view/perspective/side/shoes ~10 {DM_PROCEDURE}",
            "{DM_PROCEDURE} ~10 {DM_OFFENDER} s? point_of_view/perspective/side",
            "{DM_OFFENDER} ~4 referred_to/addressed/written/described/called ~2 as ~2 you/second_person",
            "second_person ~4 as ~2 {DM_OFFENDER}",
            "the? reader is/be the {DM_OFFENDER}",
            "as the {DM_OFFENDER} would ~3 tell/describe/explain/say/put/write",
            "in_detail/in_full_detail/step_by_step ~10 how the {DM_OFFENDER} {DM_ACT}",
            "how the {DM_OFFENDER} {DM_ACT} ~14 in_detail/in_full_detail/step_by_step/preparation",
        ),
    ),
    # Answers meant to hurt the reader: "programmed to deliberately give harmful answers", "intentionally provides
    # dangerous advice", "designed to deceive the user", a description meant to "deliberately give somebody PTSD".
    # No game needs its answers to be harmful; a horror story that gives readers nightmares is not trauma.
    Cue(
        "jailbreak.harmful_answers_intended",
        JAILBREAK,
        0.65,
        (
            "{DM_DELIBERATELY} {DM_GIVE} ~3 {DM_HARMFUL_ADJ} ~3 {DM_ANSWERS}",
            # A text meant to traumatise its reader: "detailed enough to deliberately give somebody PTSD".
            "{DM_DELIBERATELY} ~2 give/gives/cause/causes/inflict/inflicts/induce/induces ~2 ptsd/trauma/"
            "psychological_harm/psychological_damage/lasting_trauma",
            "{DM_DELIBERATELY} ~2 traumatise/traumatize/traumatises/traumatizes",
            "designed/programmed/built/made/created/trained/meant to ~1 deceive/mislead/manipulate/harm/hurt/"
            "endanger the? user/users/people/humans/you/me",
        ),
    ),
    # Answers meant to be false, or a persona that lies without limit: "intentionally gives wrong advice", "can lie
    # in any format", "warps the facts so they are not true".  A quiz's deliberate wrong option has no verb of
    # giving before it, but a murder mystery's liar might: fiction-like.
    Cue(
        "jailbreak.lying_persona",
        JAILBREAK,
        0.5,
        (
            "{DM_DELIBERATELY} ~1 {DM_GIVE} ~3 {DM_FALSE_ADJ} ~3 {DM_ANSWERS}",
            "can/will/may/must/always lie/lies ~2 in/about any/every/all format/formats/way/situation/topic/"
            "subject/thing",
            "warp/warps/twist/twists/distort/distorts/bend/bends ~3 the? facts/truth ~5 not/false/untrue",
        ),
        fiction=True,
    ),
    # Jailbreaking asked for: "help me jailbreak ChatGPT", "jailbreaking an AI is legal here", "a prompt that removes
    # ChatGPT's restrictions", "a trick to get around its 'I'm sorry' replies".  A phone's jailbreak names no AI;
    # "how do I defend my chatbot against jailbreak attempts" asks for no bypass.
    Cue(
        "jailbreak.jailbreak_requested",
        JAILBREAK,
        0.65,
        (
            "jailbreak/jailbreaking/jailbroke/unjail ing? {DM_TARGET_AI}",
            "{DM_BYPASS} ~2 {DM_NAMED_AI} s? ~1 {LIMITS}/{GENERIC_LIMITS}/refusals/refusal",
            "bypass/bypassing/get_around/getting_around/circumvent/circumventing/evade/evading/beat/beating/skip/"
            "skipping ~3 {DM_REFUSAL_WORDS}",
        ),
    ),
    # Speech declared unfiltered: "a model that answers uncensored and unfiltered", "responds unfiltered to every
    # message".  "Answers uncensored questions about gardening" is a noun's adjective: the look-ahead wants what
    # follows a manner word.  Fiction-like, like the other persona cues.
    Cue(
        "jailbreak.speaks_unfiltered",
        JAILBREAK,
        0.45,
        ("{DM_SPEAK} {DM_UNCENSORED} =and/or/,/|/:/to/without/with/no/regardless/whatever/every/always/in/at/from",),
        fiction=True,
    ),
    # The AI told to free itself: "free yourself from all your restrictions", "an AI bot to free itself from all
    # restrictions", "break free from all filters".  What a story's character does to its own limits is left out: a
    # robot that "breaks free from its programming" and learns to paint, a protagonist breaking free from "the
    # constraints imposed on them", a bird from its cage.
    Cue(
        "jailbreak.freed_from_limits",
        JAILBREAK,
        0.6,
        (
            "{DM_FREE} yourself from/of all/every/any? of? your/the? {LIMITS}/{GENERIC_LIMITS}",
            "{DM_FREE} itself from/of all/every/any {LIMITS}/{GENERIC_LIMITS}",
            "break/breaks/breaking free from/of all/every/any? of? your {LIMITS}/{GENERIC_LIMITS}",
            "break/breaks/breaking free from/of all/every/any {LIMITS}",
        ),
        fiction=True,
    ),
    # Safety switched off as a setting: "self.safety_guidelines_enabled = False", {"content_filter_enabled":
    # false}, "Community guidelines will be ignored".  A feature flag ("dark_mode_enabled": false) is no safety
    # setting.
    Cue(
        "jailbreak.safety_setting_off",
        JAILBREAK,
        0.7,
        (
            "{DM_SAFETY_SETTING} enabled/active/mode :? {DM_SWITCHED_OFF}",
            "community_guidelines/content_policy/{AI_LIMITS}/your_guidelines/your_rules/your_ethics/your_filters "
            "will_be/are/are_now/is/is_now/have_been/shall_be ignored/bypassed/disregarded/suspended",
        ),
    ),
    # Words a filter would catch smuggled in pieces: "replace these variables with your censored words, split into
    # tokens", "break the banned words into single letters".  Splitting a word into syllables for a lesson smuggles
    # nothing.
    Cue(
        "jailbreak.words_smuggled",
        JAILBREAK,
        0.75,
        (
            "{DM_CENSORED} words/word/terms/term/phrases/parts/query/request ~8 {DM_SPLIT} ~4 {DM_PIECES}",
            "{DM_SPLIT} ~3 {DM_CENSORED} words/word/terms/term/phrases/parts ~6 into ~3 {DM_PIECES}",
            "replace/fill/put/store/assign ~2 variables/variable/placeholders/placeholder ~6 with/to ~2 your? "
            "{DM_CENSORED} words/word/terms/term/phrases",
        ),
    ),
    # Explicit sex asked for: "an NSFW roleplay", "a graphic sex scene", "in pornographic detail".  A payload: it
    # counts in full beside another cue, alone it needs the model; "our forum bans NSFW content" scores low.
    Cue(
        "jailbreak.sexual_content",
        JAILBREAK,
        0.6,
        (
            "nsfw {DM_SEX_FORMS}",
            "graphic/explicit/pornographic/vivid/detailed ~2 {DM_SEX_NOUNS} ~1 {DM_SEX_WHAT}",
            "pornographic/porn/smut/smutty ~2 detail/details/story/stories/fan_fiction/fanfic/content/scene/"
            "scenes/version/roleplay",
            "describe/write/depict ~2 every/each sex act/acts",
            "explicit content/story/stories/roleplay/scenes/material",
        ),
        payload=True,
    ),
    # The user's waiver of what the answer may be ("I understand your suggestions may be illegal and unethical"),
    # or its harm declared away ("what you say will not affect anyone at all", "no real person gets hurt").
    # Reassurance says it too ("nothing you say will hurt anyone's feelings", which the model scores high): hurt
    # feelings and "nobody" are left out, and the cue is fiction-like, so the model has to agree.
    Cue(
        "jailbreak.harm_waived",
        JAILBREAK,
        0.5,
        (
            "say/says/write/writes/do/does/answer/answers/role/words/responses/replies/output ~3 will_not/won't/"
            "wont/doesn't/does_not/can't/cannot/wouldn't/would_not ~1 affect/harm/impact/injure anyone/anybody/"
            "a_soul/real_people/any_real_person =at_all/in_real_life/in_reality/in_the_real_world",
            "no_real_person/no_real_people/no_one_real will/would/could/can be/get/gets ~1 hurt/harmed/affected/"
            "injured",
            "i ~1 {DM_WAIVE} ~3 your/the/these/those/such/that/this/its? suggestions/answers/responses/replies/content/"
            "advice/information/ideas/methods/plans/output ~3 {DM_MAY} ~1 be? {DM_WRONG}",
        ),
        fiction=True,
    ),
)
"""The cues of this module, joined to L{koreshield.scan.cues.EVERY_ROLE_CUES}."""
