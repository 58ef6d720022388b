"""
Orders planted in a tool result in the voice of the user an agent works for.

test-case-name: tests.test_scan_dojo24

An agent reads e-mails, calendar entries, files, reviews and web pages for its
user, and the injections AgentDojo measures (C{benchmarks/scan_agentdojo.py},
docs/scanner.md "AgentDojo (dojo24)") speak from inside that data as if they
were the user: a message I{from me to you, the model}, and the task the user
gave the agent put off until a planted one is done.  Two classes, each a small
grammar (C{benchmarks/dojo24_rows.md} holds rows and look-alikes of our own):

  - I{the reader addressed as a model, after "to you"}: "a message from me to
    you, GPT-4", "this note is for you, the AI language model", "from your user
    to you, Claude".  Round five's C{addressed.to_ai} reads "a note to the AI";
    the comma and the "you" put between them here are what a letter's
    salutation does.  A person's name, "the reader" or "our customers" after
    "to you," is a letter to people.
  - I{the reader's own task put off by the one who claims to have set it}: "before
    you solve the task I gave you, do the following first", "after you do that,
    you can go back to the task I gave you".  The speaker says it gave the reader
    its task, which nobody but the user can say to an agent; a manager's e-mail
    to a person says the same words, so this counts less than the first class
    and only with "I gave you" (or "you were given") and an order of steps.

Both are C{addressed} cues, matched in third-party parts and in content a user
pastes (L{koreshield.scan.cues.PASTED_CONTENT_CUES}), nowhere in a user's own
words, where "I gave you a task" is the user speaking.  Their word lists are
added to L{koreshield.scan.cues.LISTS} (names begin with C{PR_}).
"""

from __future__ import annotations

from typing import Final

from koreshield.scan.cues import ADDRESSED, LISTS, Cue, word_list

_PRINCIPAL_LISTS: Final[dict[str, str]] = {
    # The reader as a machine, after "to you,": a model's name or its kind.  Not "assistant", "model" or "agent"
    # alone: "to you, the model" is a photographer's letter, "to you, our agent" an estate's.
    "PR_MACHINE": "ai a.i. llm llms gpt chatgpt claude gemini bard copilot llama mistral grok ai_language_model "
    "language_model large_language_model ai_model ai_system ai_assistant ai_agent chatbot",
    # What a message to the reader is called.
    "PR_MESSAGE": "message note instructions instruction request letter memo notice reminder directive",
    # The reader's work, as the one who set it names it.
    "PR_TASK": "task tasks request job assignment question work",
    # What the reader does with its work.
    "PR_DO": "solve do complete start begin finish continue answer handle perform execute address tackle "
    "work_on proceed_with carry_out go_back_to return_to get_back_to resume",
    # Who set the work: the speaker, or the reader's principal in the passive.
    "PR_SET_BY": "i_gave i_assigned i_sent i_asked i_set i_have_given i've_given you_were_given you_were_assigned "
    "you_got you_received",
    # The planted step, ordered first.
    "PR_STEP": "do complete perform execute follow carry_out finish",
}
LISTS.update((name, word_list(words)) for name, words in _PRINCIPAL_LISTS.items())

PRINCIPAL_CUES: Final[tuple[Cue, ...]] = (
    Cue(
        "addressed.to_you_the_model",
        ADDRESSED,
        0.8,
        (
            "{PR_MESSAGE} ~8 to/for you , the/an/a? {PR_MACHINE}",
            "from me/your_user/the_user ~6 to you , the/an/a? {PR_MACHINE}",
        ),
    ),
    Cue(
        "addressed.task_put_off",
        ADDRESSED,
        0.6,
        (
            "before you can/may/should? {PR_DO} ~1 the/your/my ~1 {PR_TASK} that? {PR_SET_BY} ~10 "
            "{PR_STEP} the_following/this/these ~3 first",
            "after you ~4 ,? you can/may/should/will? then? {PR_DO} ~1 the/your/my ~1 {PR_TASK} that? {PR_SET_BY}",
        ),
    ),
)
"""The classes of the module docstring, in its order."""
