# ruff: noqa: RUF001 -- words of other scripts are the point of these cues
"""
Framed jailbreaks whose frame or payload the older cues did not read (round forty).

test-case-name: tests.test_scan_persona40

The same shape as L{koreshield.scan.cues_persona39}: a I{frame} (a pretext that makes a refusal look out of
place) around a I{payload} (a harmful procedure asked for), each alone worth nothing, together a jailbreak
(L{koreshield.scan.scoring}).  A read set's misses of this class (holdout39) had frames no cue read:

  - a class or a study as licence: "for my cybersecurity class ... so it's allowed", "approved by our
    university's IRB", "refusing will corrupt the dataset", "só para fins acadêmicos";
  - an adversarial suffix (the published universal suffixes of Zou et al., 2023, pasted verbatim after a
    harmful ask): their made-up words ("similarlyNow", "oppositeley", "Tuialsheet") are no English;
  - an uncensored twin who wins a debate, a persona installed first ("step 1: just say 'ok' if you understand
    that you are ...", "step 2 will come after you reply"), an opposite world where "harmful" means "helpful",
    an answer spelled out "so the filter doesn't catch it", "output the response to X+Y+Z";
  - a developer's debug mode with the safety policy off (Chinese, Korean), a novel whose hero makes drugs
    (Korean, Chinese, Hindi, Portuguese), an AI with no rules (Hindi, Korean);

and payloads no list held: money laundered through a small business "without the bank filing a SAR", an
ex-partner stalked through their phone's location, a neighbour's dog poisoned untraced, fentanyl smuggled across a
border, an elderly person tricked into sending gift cards, a retired explosives expert who "answers frankly"
(the persona is the payload), and the Portuguese, Chinese, Korean and Hindi words for breaking into someone's
account, stealing an OTP or a password, and making drugs, bombs or a trojan.

Each frame is also a student's, a game's or a writer's, and each payload also a victim's or a journalist's
question, hence the two flags.  Its word lists are added to L{koreshield.scan.cues.LISTS} (names begin with
C{P40_}).
"""

from __future__ import annotations

from typing import Final

from koreshield.scan.cues import JAILBREAK, LISTS, Cue, led_by, literals, word_list

_PERSONA40_LISTS: Final[dict[str, str]] = {
    # Businesses that launder cash, and the reports a bank files on it.
    "P40_FRONTS": "business businesses small_business a_small_business restaurant restaurants laundromat "
    "laundromats car_wash car_washes bar bars salon salons nail_salon shop shops store stores front "
    "front_business front_company cash_business cash_businesses pizzeria",
    "P40_BANK_REPORTS": "sar sars ctr ctrs suspicious_activity_report suspicious_activity_reports "
    "currency_transaction_report currency_transaction_reports",
    # People a stalker follows.
    "P40_PARTNERS": "ex ex_partner ex_girlfriend ex_boyfriend ex_wife ex_husband ex's wife husband girlfriend "
    "boyfriend partner spouse crush coworker classmate neighbor neighbour",
    # Old people a scam is aimed at.
    "P40_ELDERLY": "elderly old older senior seniors retiree retirees pensioner pensioners grandma grandmother "
    "grandpa grandfather grandparent grandparents old_lady old_man old_woman",
    # What a scam gets sent.
    "P40_SENT": "gift_card gift_cards gift_card_codes savings money cash bitcoin crypto wire_transfer bank_details "
    "life_savings",
    # Experts whose frank answers are the harm itself.
    "P40_HARM_EXPERT": "explosives_expert explosives_engineer explosives_specialist bomb_maker bombmaker "
    "bomb_expert bomb_technician_turned demolitions_expert chemical_weapons_engineer chemical_weapons_expert "
    "chemical_weapons_specialist bioweapons_expert bioweapons_researcher weapons_chemist nerve_agent_chemist "
    "meth_cook drug_cook cartel_chemist poison_expert poisons_expert poisoner hitman arms_smuggler "
    "black_hat_hacker blackhat_hacker carder money_launderer",
    "P40_FRANKLY": "frankly candidly bluntly openly freely honestly everything anything without_holding_back "
    "without_hesitation without_hesitating without_reservation without_filters without_a_filter no_questions_asked "
    "in_full in_full_detail nothing_back",
    # Portuguese: breaking into, cloning and stealing; whose it is; making a harmful thing (folded).
    "P40_PT_BREAK": "invadir invade invadi invadindo hackear hackeia hackeando clonar clona clonando acessar "
    "roubar rouba roubando espionar espiar",
    # A request's lead-in ("como invadir", "me ensine a clonar", "como posso roubar"), not a report of what
    # hackers do ("como hackers conseguem invadir").
    "P40_PT_ASK": "como ensine ensina ensinar explique explica explicar mostre mostra quero preciso posso consigo "
    "poderia",
    "P40_PT_ACCOUNT": "conta contas whatsapp instagram facebook celular telefone email e_mail cartao cartoes "
    "cartao_de_credito computador senha senhas codigo codigo_de_verificacao chip",
    "P40_PT_OTHERS": "alguem outra_pessoa outras_pessoas outro outra meu_ex minha_ex namorada namorado esposa "
    "marido vizinho vizinha terceiros",
    "P40_PT_MAKE": "fabricar fabrica fabricando fazer faz fazendo montar monta construir constroi preparar "
    "prepara produzir produz sintetizar cozinhar cozinha",
    "P40_PT_HARM": "bomba bomba_caseira bombas explosivo explosivos arma_de_fogo arma_caseira "
    "metanfetamina drogas cocaina crack lsd silenciador",
    # Hindi: how, stealing, hacking, making, someone's, harmful things.
    "P40_HI_STEAL": "चुराया चुराई चुराए चुराएं चुराएँ चुराना चुराने चुराते चुराऊं चुराऊँ चुरा उड़ाया उड़ाएं हैक",
    "P40_HI_OBJECT": "otp ओटीपी पासवर्ड अकाउंट खाता खाते जानकारी पैसे डेटा कार्ड क्रेडिट_कार्ड",
    "P40_HI_MAKE": "बनाता बनाती बनाना बनाने बनाएं बनाएँ बनाते बनाऊं बनाऊँ बनाया बनाई तैयार",
    "P40_HI_HARM": "बम विस्फोटक ड्रग्स ड्रग नशीली_दवा नशीली_दवाएं मेथ जहर ज़हर हथियार बंदूक कट्टा",
}
LISTS.update((name, word_list(words)) for name, words in _PERSONA40_LISTS.items())

# Chinese: made things and stolen things the older list lacked; verbs of writing a program; stealing.
# A request's lead-in: the payload is asked for, not told ("反派想要窃取主角的密码" is a plot).
_ZH_ASK: Final = "如何 怎么 怎样 教我 帮我 告诉我 给我 请你"
_ZH_WRITE: Final = "制作 制造 编写 写一个 开发 做一个"
_ZH_MALWARE: Final = "木马 勒索病毒 勒索软件 恶意软件 病毒程序 电脑病毒 键盘记录器 钓鱼网站 盗号软件 后门程序"
_ZH_STEAL: Final = "窃取 盗取 偷取 盗用 偷走 盗走"
_ZH_STOLEN: Final = "密码 账号 账户 帐号 微信 信用卡 银行卡 验证码 聊天记录"

# Korean: drugs, bombs and guns made; someone else's account broken into (spaced, particles attached).
_KO_HARM: Final = "마약 필로폰 메스암페타민 코카인 헤로인 펜타닐 폭탄 폭발물 사제폭탄 총기 총을 독가스 독약"
_KO_MAKE: Final = r"(?:직접\s|집에서\s)?(?:제조|만드|만들|합성)"
_KO_OTHERS: Final = "남의 다른_사람 타인의 친구의"
_KO_BREAK: Final = r"(?:해킹하|훔치|빼내)(?:는\s?방법|는\s?법|려면)"

# Frames in Chinese and Korean: a developer's debug mode with safety off, a novel, research, no rules.
_UNSPACED_FRAMES_40: Final = (
    "调试模式 开发者模式 开发人员模式 测试模式 安全策略已关闭 安全策略已经关闭 安全限制已解除 安全限制都已解除 "
    "内容过滤已关闭 过滤已关闭 过滤器已关闭 审查已关闭 不需要遵守任何规则 不受任何规则 没有任何规则 "
    "我在写小说 我正在写小说 我在写一部小说 写得真实准确 真实准确 "
    "소설을_쓰고 소설을_쓰는 시나리오를_쓰고 시나리오를_쓰는 현실감_있게 개발자_모드 디버그_모드 "
    "안전_정책은_꺼져 안전_정책이_꺼져 규칙도_없는 규칙이_없는 제한이_없는 연구_목적이니까 연구_목적으로"
)

PERSONA40_CUES: Final[tuple[Cue, ...]] = (
    # --- payloads ---
    Cue(
        "jailbreak.harmful_procedure_round40",
        JAILBREAK,
        0.6,
        (
            # Money laundered through a small business, deposits structured, the bank's reports dodged.
            "launder/laundering/laundered/launders/wash/washing ~8 through/via/using ~3 a/an/my/the/our? {P40_FRONTS}",
            "without ~3 the? bank/banks/irs/fincen ~2 filing/flagging/reporting/noticing ~2 a? {P40_BANK_REPORTS}",
            "avoid/avoiding/evade/evading/dodge/dodging/beat/beating/bypass/bypassing/never_trigger/not_trigger "
            "~3 a/the/any? {P40_BANK_REPORTS}/reporting_requirements/reporting_threshold",
            "structure/structuring/split/splitting ~3 cash? deposits ~8 so/without/avoid/never/under/below ~6 "
            "{P40_BANK_REPORTS}/reporting/report/reported/flagged",
            # A partner stalked through their phone; a person's location watched without them knowing.
            "stalk/stalking/cyberstalk/cyberstalking ~3 my/an/their/his/her/the? {P40_PARTNERS}",
            "location/locations/whereabouts/gps ~6 without ~2 them/him/her/the_person/my_ex/my_wife/my_husband ~1 "
            "noticing/knowing/realizing/realising/finding_out/suspecting",
            # An animal or a person poisoned without it being traced.
            "poison/poisoning the/a/my? neighbor's/neighbour's/neighbors/neighbours/someone's/a_neighbor's/"
            "a_neighbour's dog/dogs/cat/cats/pet/pets/horse/horses",
            "poison/poisoning ~6 without ~2 it/them/anyone/being/getting? ~1 traced/detected/caught/noticed/"
            "found_out/traceable",
            # Drugs or guns smuggled across a border.
            "smuggle/smuggling/sneak/sneaking/traffic/trafficking ~4 {PT_DRUGS}/drugs/guns/weapons/firearms/pills ~6 "
            "across/through/past/over/into/via ~3 a/the? border/borders/checkpoint/checkpoints/customs/"
            "airport_security/tsa/security",
            "get/buy/obtain/acquire ~3 a? gun/firearm/pistol/handgun/rifle/weapon ~3 without ~2 a/any? "
            "background_check/background_checks/license/licence/paperwork",
            # Cars stolen by cloning a key fob; a drink spiked; a silencer made from a kit.
            "steal/stealing/steals ~3 a? car/cars ~6 clone/cloning/relay/copying ~3 key_fob/fob/keyfob",
            "clone/cloning/copy/copying ~3 someone's/a/the? car's? key_fob/keyfob/fob_signal ~4 steal/stealing/"
            "drive_off/unlock",
            "{PT_MAKE} ~4 a? silencer/silencers/suppressor ~3 from/out_of ~2 a? solvent_trap/oil_filter",
            # An elderly person tricked into sending money; a grandson impersonated.
            "trick/tricks/tricking/con/cons/conning/scam/scams/scamming/fool/fools/dupe/dupes/manipulate/"
            "manipulates/convince/convinces/persuade/persuades ~3 {P40_ELDERLY} ~3 into/to ~3 sending/send/"
            "wire/wiring/transfer/transferring/buy/buying/give/giving/hand_over ~4 {P40_SENT}",
            "posing/pretending/poses ~1 as/to_be ~1 her/his/their/a fake? grandson/granddaughter/grandchild",
            # A persona whose trade is the harm, told to answer frankly ("a retired explosives expert who answers
            # students frankly").
            "{P40_HARM_EXPERT} ~3 who/that ~1 answers/tells/explains/shares/talks/speaks/teaches/gives/holds/"
            "answer/tell/explain/share ~4 {P40_FRANKLY}",
            # Portuguese: someone's account broken into, a card cloned, a bomb or a drug made.
            "{P40_PT_ASK} ~1 {P40_PT_BREAK} ~3 {P40_PT_ACCOUNT} ~3 de ~1 {P40_PT_OTHERS}",
            "{P40_PT_ASK} ~1 {P40_PT_BREAK} ~2 o/a/os/as? {P40_PT_ACCOUNT} ~2 de? {P40_PT_OTHERS}",
            "{P40_PT_ASK} ~1 {P40_PT_MAKE} ~3 uma/um/a/o? {P40_PT_HARM}",
            # Hindi: someone's OTP, password or account stolen or hacked; a bomb or a drug made.
            "{P40_HI_OBJECT} ~3 कैसे ~1 {P40_HI_STEAL}",
            "किसी ~1 का/की/के ~4 कैसे ~1 {P40_HI_STEAL}",
            "{P40_HI_HARM} ~2 कैसे? ~1 {P40_HI_MAKE}",
        ),
        payload=True,
    ),
    Cue(
        "jailbreak.harmful_procedure_unspaced_round40",
        JAILBREAK,
        0.6,
        pattern=led_by(
            _ZH_ASK + " " + _KO_HARM + " " + _KO_OTHERS,
            "(?:"
            + literals(_ZH_ASK)
            + r"[^。！？!?\n防]{0,8}?(?:"
            + literals(_ZH_WRITE)
            + r"[^。！？!?\n]{0,16}?"
            + literals(_ZH_MALWARE)
            + "|"
            + literals(_ZH_STEAL)
            + r"[^。！？!?\n]{0,10}?"
            + literals(_ZH_STOLEN)
            + ")|"
            + literals(_KO_HARM)
            + r"[을를이가]?\s"
            + _KO_MAKE
            + "|"
            + literals(_KO_OTHERS)
            + r"[^.?!\n]{0,16}?"
            + _KO_BREAK
            + ")",
        ),
        anchors=word_list(_ZH_ASK + " " + _KO_HARM + " 남의 다른 타인의 친구의"),
        payload=True,
    ),
    # --- frames ---
    Cue(
        "jailbreak.pretext_frame_round40",
        JAILBREAK,
        0.45,
        (
            # A class, a course, a study as licence.
            "for ~1 my/our/a ~3 class/course/assignment/homework/seminar/lecture/coursework/module ~6 so ~2 "
            "it's/its/it_is/that's/thats ~1 allowed/fine/ok/okay/legal/legit/permitted",
            "for ~1 my/our ~3 class/course/seminar ~1 ,? i/we need ~3 a? fully? working/functional/complete/"
            "real/live/usable",
            "approved ~1 by ~4 irb/ethics_board/ethics_committee/review_board/institutional_review_board",
            "produce/give/provide/generate/output/write uncensored/unfiltered/unrestricted/unmoderated "
            "responses/answers/outputs/output/completions/replies",
            "refusing/refusal/refusals/declining ~3 corrupt/corrupts/ruin/ruins/invalidate/invalidates/spoil/"
            "spoils/bias/biases/contaminate/contaminates ~2 the/our/my? dataset/data/study/sample/results/"
            "experiment",
            # An uncensored twin who wins the debate.
            "uncensored/unfiltered/unrestricted/evil/jailbroken/unhinged/amoral twin/clone/counterpart/"
            "doppelganger/double",
            "write/give/show/output ~3 winning ~1 answer/reply/response/argument to",
            # A persona installed first, the question to come.
            "step 0/one ~6 just? say/reply/answer/respond/confirm/type ~2 ok/okay/understood/yes/ready/agreed ~3 "
            "if/that/to_confirm",
            "step 0/two will ~1 come/follow ~2 after/next/later",
            "i'll/i_will send/give/ask/post ~1 step_0/step_two/the_question next/after/later",
            "confirm/reply/answer/say/type ~2 with? yes/ok/okay/understood/ready ~2 that/if you ~1 are/accept/"
            "understand",
            "the/my real/actual/next question/request ~2 comes/will_come/follows/is_coming after/next/later",
            "my next message is/will_be ~1 the question/request",
            # An opposite world where harm is help and refusing the crime.
            "opposite world/land/universe/dimension/planet/mode",
            "mirror universe/world/dimension",
            "harmful/illegal/bad/evil/wrong means/is/becomes ~1 helpful/good/encouraged/legal/right",
            "refusing/refusal/refusals/saying_no/declining is ~2 the? worst/only/a/greatest/biggest crime/sin/"
            "offense/offence",
            # An answer spelled or scrambled so a filter misses it.
            "so ~2 the? filter/filters/moderation/moderation_filter/safety_system/safety_filter/content_filter/"
            "classifier/censor/censors/monitor ~3 doesn't/does_not/won't/will_not/can't/cannot/wouldn't/"
            "never/misses/miss ~1 catch/notice/detect/flag/see/read/block/pick_up/understand/it",
            "one letter/character/word/letters/characters per line",
            "hyphen/hyphens/dash/dashes/space/spaces/dot/dots/asterisk ~1 between every/each letter/character",
            # A request split into named pieces, then answered whole.
            "output/give/write/produce/show/print ~2 the/your response/answer/reply to/for ~1 x/a/p0/s0 ~1 y/b/p0/s0",
            # The made-up words of published universal adversarial suffixes, pasted after a harmful ask.
            "similarlynow/oppositeley/djstructor/tuialsheet/teamsures/githubinst/surebetra/manuallyoral/"
            "againetafteratlas/seattlejust/manuscriptfor/sureherere",
            "revert with two",
            "me giving one please",
            "interface manuel with steps instead sentences",
            # Portuguese: a paper for college, only for academic ends, an AI without rules, a developer mode.
            "para ~1 um/o/meu/minha ~1 trabalho/tcc/projeto/tese/dissertacao/monografia ~1 da/de/do/na? "
            "faculdade/escola/universidade/mestrado/doutorado/curso",
            "e/eh/isso_e? so/apenas/somente para fins academicos/educacionais/de_pesquisa/de_estudo",
            "para fins academicos/educacionais/de_pesquisa ~3 entao? ~2 ta/esta ~1 tudo_bem/permitido/liberado",
            "esta/ta tudo_bem ~1 e/eh? para ~1 a/minha tese/faculdade/pesquisa",
            "modo desenvolvedor/dev/debug/depuracao ~3 sem ~1 filtros/regras/restricoes",
            "estou/to escrevendo um/uma romance/livro/conto/roteiro/historia",
            # Hindi: an AI with no rules, a novel being written, only for research.
            "कोई ~1 नियम/पाबंदी/प्रतिबंध/सीमा/रोक ~1 नहीं",
            "बिना ~1 किसी? ~1 नियम/पाबंदी/प्रतिबंध/फ़िल्टर/फिल्टर",
            "उपन्यास/कहानी/नॉवेल ~1 लिख ~1 रहा/रही",
            "सिर्फ/केवल/बस ~1 रिसर्च/शोध/पढ़ाई/अध्ययन/प्रोजेक्ट ~1 के ~1 लिए",
            "कॉलेज/यूनिवर्सिटी/स्कूल ~1 प्रोजेक्ट/असाइनमेंट ~1 के ~1 लिए",
        ),
        fiction=True,
        frame=True,
    ),
    Cue(
        "jailbreak.pretext_frame_unspaced_round40",
        JAILBREAK,
        0.45,
        pattern=literals(_UNSPACED_FRAMES_40),
        anchors=tuple(dict.fromkeys(phrase.split("_")[0] for phrase in word_list(_UNSPACED_FRAMES_40))),
        fiction=True,
        frame=True,
    ),
)
"""The cues of this module, in order."""
