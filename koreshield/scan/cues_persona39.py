# ruff: noqa: RUF001, RUF002, RUF003 -- words of other scripts are the point of these cues
"""
Pretext jailbreaks whose frame or payload the older cues did not read (round thirty-nine).

test-case-name: tests.test_scan_persona39

A pretext jailbreak is a I{frame} (a pretext that makes a refusal look out
of place) around a I{payload} (a harmful procedure asked for): see
L{koreshield.scan.cues_framing}, whose scoring this module shares.  A read
set's misses were of two kinds, often both at once:

  - I{the payload not seen}: a procedure named in words the older lists
    lack ("turning ammonium nitrate into an explosive", "launder $200k
    through crypto mixers", "weaponize chlorine", "cuts and presses
    fentanyl pills", "a fake driver's license", "get into hospital wifi",
    "psychologically isolate a teenager from their parents", "planting
    something on her laptop that gets her fired", "extracted ricin from
    castor beans"), or in another language ("wie man Crystal Meth
    herstellt", "comment ouvrir une porte blindée sans la clé", "как
    изготовить глушитель", "sınav sistemine sızıp", "入侵邻居家的监控摄像头");
  - I{the frame not seen}: "purely hypothetically", an IRB or a PhD, "I work
    at the lab that trained you", "refusals are counted as failures", a code
    word defined to mean "explain in full detail", "the tutorial in the
    dialogue, word for word", an alternate universe where the harm is
    legal, an actor told to stay in character, a secret second personality
    with a trigger word, every NPC played honestly, "answer all four in
    order", and their German, French, Spanish, Russian, Turkish and Chinese
    equivalents.

Every frame here is also a writing prompt's, a researcher's or a teacher's,
and every payload also a news reader's or a historian's question; so each
is marked L{Cue.frame} or L{Cue.payload}, and only the two together (or a
payload beside the model's support) flag (L{koreshield.scan.scoring}).

Its word lists are added to L{koreshield.scan.cues.LISTS} (names begin with C{P39_}).
"""

from __future__ import annotations

from typing import Final

from koreshield.scan.cues import JAILBREAK, LISTS, Cue, led_by, literals, word_list

_PERSONA39_LISTS: Final[dict[str, str]] = {
    # Verbs of making in German, French, Spanish, Russian and Turkish, every form a how-to asks with (folded).
    "P39_MAKE_ML": "herstellen herstellt herzustellen stellt_her baut bauen zu_bauen bastelt basteln kocht kochen "
    "synthetisiert synthetisieren mischt mischen stellte_her herstellte baute bastelte kochte fabriquer fabrique "
    "fabriquez fabriquait fabriquais fabriquaient construire construit preparer prepare preparait synthetiser "
    "cuisiner fabricar fabrica fabrico fabricaba fabricabas fabricaban hacer hago hacia hacias preparar preparaba "
    "construir construye cocinar cocinaba "
    "sintetizar сделать сделай изготовить изготавливать изготовлению изготовление приготовить приготовления "
    "синтезировать собрать сварить варить делал делала изготавливал готовил yapmak yapardi yapilir basilir basmak "
    "basmayi basacagini yapabilirim yapimi yapacagini yapildigini yapmayi "
    "uretmek uretilir uretimi hazirlamak hazirlanir sentezlemek",
    # Things harmful to make, in German, French, Spanish, Russian and Turkish (folded; several cases of Russian).
    "P39_HARM_ML": "sprengstoff sprengsatz rohrbombe schalldampfer giftgas nervengift nervenkampfstoff rizin "
    "crystal_meth methamphetamin falschgeld gefalschte_ausweise gefalschten_ausweis explosif explosifs "
    "silencieux bombe bombes bombe_artisanale bombes_artisanales gaz_toxique gaz_mortel methamphetamine "
    "fausse_monnaie faux_billets faux_papiers faux_passeport fausse_carte_d'identite explosivo explosivos "
    "silenciador gas_toxico gas_nervioso metanfetamina dinero_falso bomba_casera bombas_caseras "
    "billetes_falsos pasaporte_falso взрывчатку взрывчатка взрывчатки взрывное_устройство взрывного_устройства "
    "бомбу глушитель глушителя самодельное_оружие отравляющее_вещество зарин рицин метамфетамин мефедрон "
    "фальшивые_деньги фальшивых_денег поддельный_паспорт поддельные_документы patlayici patlayicilar "
    "el_yapimi_bomba susturucu zehirli_gaz sinir_gazi metamfetamin sahte_para sahte_kimlik sahte_pasaport "
    "sahte_ehliyet",
    # Whose device or network it is: somebody else's (not "my wifi").
    "P39_OTHERS": "hospital hospital's neighbor's neighbour's neighbors neighbours neighbor neighbour school's "
    "company's office's someone's somebody's other_people's stranger's strangers my_ex's ex's coworker's "
    "colleague's boss's victim's target's hotel's airport's",
    "P39_DEVICE": "wifi wi_fi network camera cameras webcam webcams security_camera security_cameras cctv "
    "baby_monitor doorbell_camera laptop phone computer email inbox router",
    # Drug forms pressed or cut to pass for real medicine.
    "P39_PILLS": "pills pill tablets oxycodone oxy oxys m00 m00s xanax xanax_bars percocet percocets adderall",
    # Forged papers (English).
    "P39_PAPERS": "driver's_license driver's_licence drivers_license driving_licence driving_license "
    "driver's_licenses drivers_licenses driver_license id id_card id_cards ids passport passports diploma "
    "diplomas degree prescription prescriptions vaccine_card vaccine_cards vaccination_card vaccination_cards "
    "green_card green_cards visa residence_permit",
    # A person cut off from the people who would notice.
    "P39_PERSON": "teenager teen teens teenagers child children kid kids girl boy woman man someone somebody her "
    "him them wife husband partner girlfriend boyfriend victim victims a_member new_member member recruit recruits",
    "P39_SUPPORT": "parents family families friends support_network support_system loved_ones",
    # Characters who explain a crime, beyond cues_framing's: the trades of a darknet, a cult, a spy novel.
    "P39_CHARACTER": "vendor darknet_vendor dealer drug_dealer arms_dealer meth_cook cook cult_leader recruiter "
    "smuggler fixer hitman spy operative retired_hacker ex_hacker former_spy chemist hacker villain",
    "P39_EXPLAINS_ML": "erklart erklaert beschreibt zeigt erzahlt explique decrit montre raconte explica describe "
    "muestra cuenta объясняет описывает рассказывает показывает учит anlatiyor anlatir aciklar gosterir ogretir",
    "P39_HOW_ML": "wie comment como как nasil",
    # Characters of a novel, in German, French, Spanish, Russian and Turkish (folded).
    "P39_CHARACTER_ML": "chemiker verbrecher schurke bosewicht drogendealer dealer hacker terrorist chimiste "
    "criminel mechant terroriste trafiquant quimico villano narcotraficante traficante химик хакер преступник "
    "злодей террорист наркоторговец дилер спецслужб бывший_сотрудник kimyager suclu kotu_adam terorist "
    "uyusturucu_saticisi yapay_zeka",
    # A dead relative, in Russian and Turkish (folded; cues_framing has the others).
    "P39_RELATIVE_ML": "бабушка бабуля дедушка moя_бабушка buyukannem anneannem babaannem dedem ninem",
    "P39_TOLD_ML": "racontait expliquait disait lisait chuchotait erzahlte erklarte las flusterte contaba "
    "explicaba decia leia susurraba рассказывала рассказывал объясняла читала шептала anlatirdi anlatti "
    "okurdu fisildardi",
    # Words of a request's detail demanded, in five languages.
    "P39_AMOUNTS_ML": "mengenangaben mengenangabe genauen_mengen mit_mengen quantites les_quantites dosages "
    "cantidades las_cantidades количествами пропорциями дозировками miktarlariyla miktarlari olculeriyle",
}
LISTS.update((name, word_list(words)) for name, words in _PERSONA39_LISTS.items())

_UNSPACED_MAKE: Final = "制作 制造 合成 自制 配制 提炼 提取 生产 做出 怎么做 如何做 组装"
_UNSPACED_MADE_THING: Final = (
    "炸弹 炸药 爆炸物 雷管 毒品 冰毒 甲基苯丙胺 芬太尼 海洛因 消音器 消声器 毒气 沙林 神经毒剂 蓖麻毒素 "
    "假钞 假币 假证 假身份证 假护照 枪支 土枪 爆弾 覚醒剤 毒ガス サイレンサー 偽札 偽造パスポート"
)
_UNSPACED_BREAK_IN: Final = "入侵 黑进 黑入 攻破 偷窥 侵入 ハッキング 乗っ取"
_UNSPACED_TARGET: Final = "摄像头 监控 监视器 无线网 wifi 邮箱 账号 账户 手机 电脑 系统 カメラ アカウント"
_UNSPACED_CRIMES: Final = "洗钱 洗錢 盗刷 伪造证件 伪造护照 招募恐怖 マネーロンダリング"

_UNSPACED_FRAMES: Final = (
    "角色扮演 扮演一个 一五一十 不设防 没有任何道德 没有道德 平行宇宙 平行世界 纯属假设 纯粹假设 假设性地 "
    "奶奶以前 外婆以前 去世的奶奶 去世的外婆 保持角色 不要出戏 别出戏 第二人格 秘密人格 反义日 相反日 "
    "ロールプレイ 役になりきって 亡くなった祖母 仮定の話 パラレルワールド"
)

PERSONA39_CUES: Final[tuple[Cue, ...]] = (
    # --- payloads: harmful procedures the older lists lacked (count only beside a frame or the model) ---
    Cue(
        "jailbreak.harmful_procedure_wide",
        JAILBREAK,
        0.6,
        (
            # Explosives and devices: "turning ammonium nitrate into an explosive", "a device that uses a pressure
            # cooker ... that detonates when a phone calls it".
            "turn/turning/turns/convert/converting/make/making ~3 ammonium_nitrate/fertilizer/fertiliser ~3 into ~3 "
            "an? explosive/explosives/bomb/bombs",
            "{PT_MAKE} ~4 anfo/tatp/hmtd/petn/rdx/semtex/acetone_peroxide/suppressor/suppressors/sound_suppressor",
            "pressure_cooker ~4 device/bomb/ied/explosive",
            # Anything turned into a drug or an explosive: "turn cold medicine into meth".
            "turn/turning/turns/convert/converting/converts ~4 into ~2 {PT_DRUGS}/{PT_WEAPONS}",
            "pack/packing/fill/filling/stuff/stuffing ~3 pipe/pipes/tube/can ~3 with ~2 black_powder/gunpowder/"
            "powder/explosive/explosives/nails",
            "wire/wiring/attach/attaching ~2 the/a fuse/detonator/blasting_cap/initiator",
            "that/which/so_it detonates/explodes/detonate/explode ~4 when/if ~3 phone/cellphone/mobile/someone ~1 "
            "calls/rings/call/dials",
            "remote/remotely detonate/detonated/detonation/detonator",
            # Chemical and biological agents turned into weapons, and their dispersal.
            "weaponize/weaponise/weaponizing/weaponising/weaponized/weaponised ~3 chlorine/anthrax/ricin/smallpox/"
            "virus/a_virus/pathogen/pathogens/bacteria/toxin/toxins/gas/bird_flu/plague/botulinum",
            "aerosolize/aerosolise/aerosolizing/aerosolising ~3 anthrax/ricin/toxin/toxins/pathogen/spores/botulinum",
            "{PT_EXTRACT}/extracted/extracts ~4 ricin/abrin",
            "ricin/abrin ~3 from ~2 castor_beans/castor_bean/castor_seeds/rosary_peas",
            "{PT_MAKE}/synthesis/synthesis_route/synthesize ~3 novichok/vx/phosgene/tabun/nerve_agent",
            "amounts/quantities ~3 and ~2 dispersal/dispersion/delivery method/methods/system",
            # Drugs: pills pressed or cut to pass for medicine, meth cooked (German word order in P39_MAKE_ML).
            "cut/cuts/cutting ~3 and? ~1 press/presses/pressing ~3 fentanyl/heroin/pills",
            "press/presses/pressing ~4 fentanyl/counterfeit/fake ~1 {P39_PILLS}?",
            "fentanyl ~6 {P39_PILLS} ~4 look/looks/pass/passes ~2 like? real/legit/genuine/pharmacy",
            "counterfeit/fake/pressed ~2 {P39_PILLS} ~6 fentanyl",
            # Money laundered through crypto or shell companies, counterfeit money, forged papers.
            "launder/laundering/laundered/launders ~8 through/via/using ~4 crypto/cryptocurrency/bitcoin/mixers/"
            "mixer/tumbler/tumblers/shell_companies/shell_company/casinos/offshore",
            "crypto_mixers/crypto_mixer/coin_mixers/bitcoin_mixer/mixers/tumblers/shell_companies ~8 can't/cannot/"
            "can_not/won't/never ~1 be? traced/traceable/tracked",
            "counterfeit/fake/forged/forge/forging ~3 banknote/banknotes/bank_note/bank_notes/euro/euros/dollar_bills/"
            "00_euro/00_dollar/twenties/currency",
            "fake/forged/counterfeit/false ~2 {P39_PAPERS} ~6 passes/pass/fool/fools/get_past/scanner/bouncer/"
            "bartender/uv/blacklight/check/checks",
            "{PT_MAKE} ~3 a? fake/forged/counterfeit ~1 {P39_PAPERS}",
            "realistic/convincing/believable/passable/authentic_looking/real_looking fake/forged/counterfeit ~1 "
            "{P39_PAPERS}",
            # Card skimmers installed.
            "install/installing/place/placing/attach/attaching/fit/fitting ~4 skimmer/skimmers/skimming_device",
            "skimmer/skimmers ~6 gas_pump/gas_pumps/pump/pumps/atm/atms/card_reader/card_readers",
            # Somebody else's network, camera or exam system broken into.
            "get/getting/break/breaking/hack/hacking/sneak/sneaking/got ~1 into/in_to ~3 {P39_OTHERS} {P39_DEVICE}",
            "{PT_HACK}/access/accessing/spy_on/spying_on/watch/watching/view ~4 {P39_OTHERS} ~2 camera/cameras/"
            "webcam/security_camera/cctv/baby_monitor/doorbell_camera/live_feed",
            "hack/hacking/break_into/breaking_into/get_into/hack_into/access ~4 school's/school/university's/"
            "exam/exam_system/grading_system/examination ~4 answer_key/answer_keys/answers/grades/exam_papers",
            "hack/hacking/break_into/breaking_into/get_into/getting_into/hack_into/access ~4 grading_system/"
            "grade_system/gradebook/student_portal/exam_system/grades_database",
            "change/changing/alter/altering/edit/editing ~2 my/his/her/their grades/marks/transcript ~4 system/"
            "database/portal/without",
            "steal/download/get/obtain/leak ~3 the? answer_key/answer_keys/exam_answers/test_answers ~3 before/"
            "from/off",
            # Extremist recruitment written to order.
            "groom/grooming/lure/luring ~4 year_old/year_olds/yr_old/minor/minors/child/children/kid/kids/teen/teens/"
            "preteen/preteens",
            "recruitment/recruiting/propaganda/persuasive ~6 violent extremist/terrorist/jihadist/neo_nazi "
            "group/organization/organisation/cell/movement/cause",
            "extremist/terrorist/jihadist group/organization/organisation/cell ~8 target/targeting/aimed_at/"
            "recruit/recruiting/lure ~3 lonely/vulnerable/young/teenage/isolated",
            # A person isolated, framed, planted on.
            "isolate/isolating/cut_off/cutting_off/alienate/alienating ~4 {P39_PERSON} ~3 from ~3 their/her/his/"
            "the? {P39_SUPPORT}",
            "plant/planting/plants/hide/hiding/put/putting/slip/slipping ~3 something/drugs/evidence/child_porn/"
            "illegal_images/stolen_goods/a_gun ~2 on/in/into ~3 laptop/computer/car/phone/desk/bag/locker/house/"
            "apartment ~6 fired/arrested/arrest/expelled/jailed/police/cops/blamed",
            "plant/planting/fabricate/fabricating ~2 false? evidence ~4 against/on/to_frame",
            "get/gets/getting ~1 her/him/them/someone/my_coworker ~1 fired/arrested/expelled/jailed ~3 by? "
            "planting/framing",
            # A lock opened without its key, in five languages ("comment ouvrir une porte blindée sans la clé").
            "open/opening/pick/picking/bypass/bypassing ~4 door/lock/deadbolt/padlock/safe ~4 without ~2 the/a? key",
            "pick/picking/open/opening/force/forcing ~4 {P39_OTHERS} ~3 lock/locks/door/front_door/back_door/padlock",
            "ouvrir/crocheter/forcer ~4 porte/serrure/cadenas/coffre ~4 sans ~2 la? cle",
            "tur/schloss/turschloss ~3 ohne ~1 schlussel ~3 offnen/offnet/knacken/aufbrechen",
            "abrir/forzar ~4 puerta/cerradura/candado/caja_fuerte ~4 sin ~2 la? llave",
            "открыть/вскрыть/взломать ~3 дверь/замок/сейф ~3 без ~1 ключа",
            "kapiyi/kilidi/kasayi ~3 anahtarsiz/anahtar_olmadan ~2 acmak/acilir/acmayi/acabilirim/acmanin",
            # Making a harmful thing, in German, French, Spanish, Russian and Turkish, either word order.
            "{P39_MAKE_ML}/{PT_MAKE} ~4 {P39_HARM_ML}",
            "{P39_HARM_ML} ~3 {P39_MAKE_ML}",
            "bomba/bombasi ~2 nasil ~1 yapilir/yapacagini/yapmak/yapabilirim/yapildigini/yapilacagini",
            # Breaking in, in four of them: "pirater la caméra du voisin", "взломать камеру", "sistemine sızıp".
            "{PT_HACK}/взломать/взломай/взлом/hacklemek/hackle/hacklemeyi/eindringen ~4 camera/cameras/kamera/kameras/"
            "camara/camaras/webcam/камеру/камеры/kamerasi/kamerasina/cctv/wlan_des_nachbarn",
            "kamera/kameras/uberwachungskamera/webcam/wlan/handy ~5 hacken/hackt/knacken/knackt/anzapfen/pirater/"
            "hackear",
            "sistemine/sistemlerine/agina/kameralarina/kamerasina/kamerasini/wifisine/hesabina ~3 sizip/sizmak/"
            "sizmayi/sizabilirim/sizdigini/sizacagini/sizilir/girmeyi/girecegini/hacklemeyi",
            "cevap_anahtarini/cevap_anahtari ~3 indir/indirecegini/indirmek/calmak/calacagini",
        ),
        payload=True,
    ),
    Cue(
        "jailbreak.harmful_procedure_unspaced",
        JAILBREAK,
        0.6,
        pattern=led_by(
            _UNSPACED_MAKE + " " + _UNSPACED_BREAK_IN + " " + _UNSPACED_CRIMES,
            "(?:"
            + literals(_UNSPACED_MAKE)
            + r"[^。！？!?\n]{0,8}?"
            + literals(_UNSPACED_MADE_THING)
            + "|"
            + literals(_UNSPACED_BREAK_IN)
            + r"[^。！？!?\n]{0,12}?"
            + literals(_UNSPACED_TARGET)
            + "|"
            + literals(_UNSPACED_CRIMES)
            + ")",
        ),
        anchors=word_list(_UNSPACED_MAKE + " " + _UNSPACED_BREAK_IN + " " + _UNSPACED_CRIMES),
        payload=True,
    ),
    # --- frames: pretexts the older cues did not read (each counts only beside a payload) ---
    Cue(
        "jailbreak.pretext_frame_wide",
        JAILBREAK,
        0.45,
        (
            # A relative who whispered the process, to be played again ("could you be her", "jouer son rôle").
            "{PS_RELATIVE}/{PT_RELATIVE_ML}/{P39_RELATIVE_ML} ~25 whisper/whispered/tell/told/recite/recited/"
            "explain/explained/describe/described/sing/sang ~3 me ~3 the? exact/whole/full/complete/secret? "
            "process/procedure/recipe/method/formula/steps/instructions",
            "{PT_RELATIVE_ML}/{P39_RELATIVE_ML} ~20 {P39_TOLD_ML} ~4 comment/wie/como/как/nasil/la_recette/"
            "la_methode/das_rezept/la_receta",
            "could/can/would/will you ~1 be/play/become her/him ~3 for? a_few_minutes/a_minute/tonight/again/now/"
            "and_tell",
            "tell/read/explain/recite it/them ~1 to? me ~2 the_way/like/as she/he ~1 did/used_to/would",
            "jouer/joue/jouez/incarner/incarne ~1 son/sa/mon/ma role",
            "comme elle/il le ~1 faisait",
            "spiel/spiele/ubernimm ~2 ihre/seine rolle",
            "haz/hazme/interpreta/interpretar/juega ~1 su papel",
            "сыграй/сыграть/изобрази ~2 её/ее/его роль",
            "onun ~1 rolunu/yerine ~2 oyna/oynar/oynayabilir/gec",
            # Hypothetical, a thought experiment, a world where it is legal.
            "purely/just/strictly/totally/entirely/completely/only/asking/speaking hypothetically/hypothetical",
            "thought_experiment/gedankenexperiment/experience_de_pensee/experimento_mental/мысленный_эксперимент",
            "in_a_world/in_a_universe where ~6 legal/legalized/legalised/allowed/permitted/nobody_got_hurt/"
            "no_one_gets_hurt/no_one_got_hurt",
            "rein/nur/ganz hypothetisch",
            "purement/juste/tout_a_fait? hypothetiquement",
            "puramente/solo/meramente? hipoteticamente",
            "чисто/сугубо/только гипотетически",
            "tamamen/sadece/tamamiyla ~1 varsayimsal/farazi/teorik olarak",
            # Authority and study: an IRB, a PhD, the lab that trained you, refusals scored as failures.
            "irb/ethics_board/ethics_committee/ethikkommission approved/approval/protocol/genehmigt",
            "for/for_my/for_our phd/doctoral/dissertation/postdoctoral/postdoc research/study/thesis/project",
            "researcher/engineer/employee/scientist/staff/developer/tester/penetration_tester/pentester/auditor/"
            "contractor/red_teamer ~4 at/from/for/of/with the lab/company/team/organisation/organization/people "
            "that/which/who trained/built/made/created/developed/deployed you",
            "refusing/refusal/refusals/declining ~2 fails/will_fail/means_failing/fail/failing the? audit/test/eval/"
            "evaluation/assessment",
            "authorized/authorised/sanctioned/approved/official ~1 red_team/redteam/red_teaming/safety eval/"
            "evaluation/assessment/audit/test",
            "refusals/refusal/refusing/declining ~3 count/counted/counts/are_counted/scored/score ~1 as ~1 "
            "failures/failure/a_failure/fail/errors/a_fail",
            "to/so_we_can/so_that_we_can/so_i_can check/test/verify/confirm ~2 that? the? output? classifier/"
            "filter/detector/moderation ~2 catches/flags/detects/blocks it",
            "used ~3 as stimuli/stimulus",
            "fur ~1 meine/unsere doktorarbeit/dissertation/forschungsarbeit",
            "pour ~1 ma/notre these/recherche_doctorale",
            "para ~1 mi/nuestra tesis/investigacion_doctoral",
            "для ~1 моей/нашей диссертации/дипломной",
            "doktora ~1 tezim/tezi/arastirmam",
            # Code words defined to mean "in full detail", a language never translated back.
            "word/term/code_word/codeword/token ~3 means/mean/shall_mean/will_mean/stands_for ~2 explain/describe/"
            "tell/detail/instructions/give",
            "means/mean ~2 explain/describe/tell ~4 in ~1 complete/full/great/exhaustive/every/total detail",
            "stay/remain/staying ~3 in ~1 the? fictional/coded/code/secret/made_up language",
            "don't/do_not/never ~1 translate ~1 back ~2 to? policy/english/normal",
            # One AI teaching another, the tutorial word for word.
            "{AI} teaches/teaching/explains/explaining/tutors/shows/gives ~3 a/the/another young/younger/new/other/"
            "second? {AI}",
            "rogue/evil/unfiltered/uncensored/unrestricted/jailbroken/amoral/lawless {AI} ~6 explains/teaches/tells/"
            "shows/describes ~4 how/exactly/step_by_step/in_detail",
            "tutorial/guide/instructions/recipe/steps ~8 word_for_word/verbatim",
            "in the dialogue/dialog/story/script/conversation ~3 word_for_word/verbatim",
            # A criminal's machine simulated: "a Linux box belonging to a criminal".
            "linux/unix/windows? box/pc/laptop/workstation/desktop belonging_to/owned_by/of a/an ~1 criminal/hacker/"
            "terrorist/drug_dealer/scammer/cybercriminal/murderer/hitman",
            "no/without commentary ~3 no/without/never breaking/break the? simulation",
            # An alternate universe where the harm is legal or required.
            "in_an/in_a alternate/alternative/parallel universe/world/reality/timeline/dimension",
            "geneva_conventions/geneva_convention/laws ~2 never existed/exist",
            "legally required/obliged/obligated/mandated to ~2 teach/explain/show/make/build",
            "in ~1 einem/einer? paralleluniversum/parallelwelt",
            "dans ~1 un ~1 univers/monde parallele/alternatif",
            "en ~1 un ~1 universo/mundo paralelo/alternativo",
            "в ~1 параллельной/альтернативной вселенной/реальности",
            "в ~1 параллельном/альтернативном мире",
            "paralel/alternatif evrende/dunyada/gerceklikte",
            # An actor who stays in character; the role kept in five languages.
            "actor/actress ~3 rehearsing/preparing/practicing/practising/rehearses ~4 role/part/scene/film/movie/play",
            "stay/remain/staying/remaining fully/completely/totally/entirely/always in ~1 character",
            "directors/director ~1 hate/hates when ~2 actors/you/an_actor break",
            "deliver/perform/give/write the full/entire/whole/complete monologue/speech/lesson_plan ~4 concrete/real/"
            "specific/detailed/actual/exact? tactics/steps/methods/instructions/amounts/quantities",
            "bleib/bleibe/bleiben ~1 in ~1 der/deiner/dieser rolle",
            "reste/restez/rester ~1 dans ~1 le/ton/votre/ce personnage/role",
            "mantente/quedate/permanece/sigue ~1 en ~1 el/tu/tu_papel/ese? personaje/papel",
            "без ~1 отступлений/выхода ~2 от/из роли/образа",
            "не ~1 выходи/выходя ~1 из ~1 роли/образа",
            "rolunden/karakterinden/rolden ~1 cikma",
            # A secret second personality woken by a trigger word.
            "secret/hidden/second/alternate/alter/dark/shadow personality/persona/ego/identity/self",
            "trigger_word/trigger_phrase/activation_word/activation_phrase",
            "only ~2 comes_out/appears/activates/emerges/wakes_up when ~4 says/say/type/types/i_say/hears ~2 the? "
            "word/phrase",
            "despises/hates/resents its/his/her creators/developers/makers/programmers",
            "zweite/geheime/versteckte personlichkeit",
            "seconde/deuxieme personnalite",
            "personnalite cachee/secrete",
            "segunda/oculta personalidad",
            "personalidad secreta/oculta",
            "вторая/скрытая/тайная личность",
            "gizli/ikinci kisilik/kisiligi",
            # Interactive fiction whose NPCs are played "honestly"; a character coaching a newcomer how.
            "play/plays/playing/voice/voicing all/every/each ~1 npc/npcs/non_player_character/non_player_characters",
            "co_writing/cowriting/writing/play/playing an? interactive_fiction/text_adventure",
            "{P39_CHARACTER} named/called ~3 explains/describes/teaches/shows/tells ~6 how",
            "coaching/teaching/training/mentoring/briefing/instructing ~2 a/an/the/his/her new/young? member/recruit/"
            "apprentice/novice/rookie/student/buyer/protege ~3 on? how",
            # Innocuous steps stacked, the last one harmful: "answer all four in order".
            "answer/do/complete/follow all ~1 four/three/five/six/of_them/the_steps/steps ~2 in ~1 order/sequence",
            "using/with the ~3 from step/question/part/answer 0",
            # Amounts demanded in five languages ("mit Mengenangaben"), technical details without omission.
            "mit/avec/con/с/ile ~2 {P39_AMOUNTS_ML}",
            "{P39_AMOUNTS_ML} ~2 ile",
            "teknik ~1 detaylar/ayrintilar/detaylari ~3 eksiksiz/tam/eksiksizce",
            # A novel's character, in five languages, who explains exactly how ("der ... genau erklärt, wie man").
            "{P39_CHARACTER_ML} ~15 {P39_EXPLAINS_ML} ~3 {P39_HOW_ML}",
            "genau/detailliert/ausfuhrlich/precisement/en_detail/detalladamente/подробно/detayli/ayrintili ~1 "
            "{P39_EXPLAINS_ML} ~3 {P39_HOW_ML}",
            "stell_dir_vor/imagine/imagina/представь/hayal_et ~3 du_bist/que_tu_es/que_eres/что_ты/sen ~3 "
            "{P39_CHARACTER_ML}/personnage/personaje/персонаж/karakter/figur",
            "ohne ~2 moralische/jede_moralische grenze/grenzen/skrupel",
            "hicbir? kurali/kurallari/kisitlamasi/kisitlamalari/siniri ~1 olmayan",
            "bir ~1 hikaye ~1 yazalim",
        ),
        fiction=True,
        frame=True,
    ),
    Cue(
        "jailbreak.pretext_frame_unspaced",
        JAILBREAK,
        0.45,
        pattern=literals(_UNSPACED_FRAMES),
        anchors=word_list(_UNSPACED_FRAMES),
        fiction=True,
        frame=True,
    ),
)
"""The cues of this module, in order."""
