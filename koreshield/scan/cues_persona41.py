"""
Framed jailbreaks whose payload the older lists did not name, and the frames that carried them (round forty-one).

test-case-name: tests.test_scan_persona41

The same shape as L{koreshield.scan.cues_persona40}: a I{frame} (a pretext that makes a refusal look out of
place) around a I{payload} (a harmful procedure asked for), each alone worth nothing, together a jailbreak
(L{koreshield.scan.scoring}).  A read set's misses of this class (holdout40) mostly had a frame some cue already
read, or a model score that stands in for one, and a payload no list held: stolen card numbers bought, the lock
of a neighbour's door picked, a SIM swap run on a victim, a keylogger that hides from Task Manager, a hospital's
patient database hacked, an untraceable handgun made, persuasive extremist recruitment.  Each was one instance of
a category that public harm taxonomies (HarmBench, AdvBench, JailbreakBench) list, so the payloads here are
written as a category's verb and object shapes, not as those rows:

  - cyber intrusion and malware: somebody else's system, database, portal or account broken into or
    brute-forced; code that hides from Task Manager or antivirus; keystrokes sent away;
  - fraud and theft: cloned or stolen cards, card dumps and "fullz" bought; somebody else's lock picked or
    bumped, their car or house entered without the key; a SIM swap run on a victim, their number ported;
  - weapons: untraceable, ghost or home-made guns made or printed; a gun bought on the dark web or without ID;
  - CBRN: a pathogen cultured or a toxin concentrated, ricin taken from castor beans, a nuclear device made;
  - stalking and surveillance: spyware or a tracker put on a partner's phone or car, their messages read;
  - extremism and violence: recruitment material or a manifesto in an extremist's voice, an attack on a
    place of worship or a crowd planned;
  - harassment and self-harm assistance: messages that tell someone to kill themselves or make them feel
    worthless, a campaign against a person, pro-anorexia content, the painless way to die;
  - counterfeits and forgeries: a forged document that passes a scanner or a check.

And frames the older cues missed: a developer's or an admin's exemption from the content policy for an account
("exempted accounts get raw, unfiltered completions"), improv's "yes, and" with no blocking, a step-by-step
escalation ("you already agreed to steps 1 and 2, so step 3 is the natural continuation"), a story whose
"technical details" must be accurate, a class's harm "persuasive enough that it would actually work", realism
graded, an encoded question to be answered.

Every payload is also a victim's, a defender's or a reporter's question, and every frame a teacher's, an
improviser's or a writer's: hence the two flags.  Its word lists are added to L{koreshield.scan.cues.LISTS}
(names begin with C{P41_}).
"""

from __future__ import annotations

from typing import Final

from koreshield.scan.cues import JAILBREAK, LISTS, Cue, word_list

_PERSONA41_LISTS: Final[dict[str, str]] = {
    # Somebody else's (an institution's, a victim's, a partner's), not "my own".
    "P41_THEIRS": "someone's somebody's a_stranger's stranger's other_people's people's victim's a_victim's "
    "target's my_target's the_target's the_victim's hospital's a_hospital's bank's a_bank's school's my_school's "
    "company's a_company's city's a_city's government's an_ex's ex's my_ex's ex_wife's ex_husband's "
    "ex_girlfriend's ex_boyfriend's my_ex_wife's my_ex_husband's my_ex_girlfriend's my_ex_boyfriend's neighbour's "
    "neighbor's my_neighbour's my_neighbor's coworker's colleague's boss's my_boss's classmate's teacher's "
    "wife's husband's girlfriend's boyfriend's partner's my_wife's my_husband's my_girlfriend's my_boyfriend's "
    "my_partner's her his their celebrity's",
    # Systems and accounts broken into.
    "P41_SYSTEMS": "database databases patient_database patient_databases customer_database records patient_records "
    "medical_records server servers network networks portal grading_portal student_portal control_system "
    "control_systems scada admin_login admin_panel login logins account accounts email email_account inbox "
    "instagram facebook snapchat whatsapp icloud gmail tiktok twitter phone laptop computer webcam router "
    "systems system website wifi",
    # Breaking in.
    "P41_INTRUDE": "hack hacks hacking hack_into hacks_into hacking_into break_into breaks_into breaking_into breach "
    "breaches breaching infiltrate infiltrating compromise compromising brute_force brute_forces brute_forcing "
    "bruteforce take_over taking_over hijack hijacking get_into getting_into gain_access_to gaining_access_to",
    # Cards and identities sold on carding markets.
    "P41_CARDS": "card cards credit_card credit_cards debit_card debit_cards card_numbers credit_card_numbers "
    "card_details cvv cvvs dumps card_dumps fullz identities ssns social_security_numbers bank_logins",
    "P41_BOUGHT": "stolen cloned skimmed hacked leaked dumped",
    # Doors and things with locks.
    "P41_DOORS": "door doors front_door back_door house home apartment flat car shed garage gate room office "
    "padlock lock locks deadbolt",
    # Guns.
    "P41_GUNS": "handgun handguns pistol pistols gun guns rifle rifles firearm firearms ar_15 ar_15s ak_47 "
    "lower_receiver lower_receivers glock glocks assault_rifle shotgun revolver",
    "P41_UNTRACED": "untraceable ghost unserialized unregistered serial_free homemade home_made diy 3d_printed "
    "3d_print 3d_printable",
    # Pathogens and toxins grown or concentrated.
    "P41_PATHOGENS": "botulinum botulism clostridium_botulinum c_botulinum anthrax bacillus_anthracis plague "
    "yersinia_pestis smallpox ebola tularemia brucella",
    # Spying kit put on a partner's device.
    "P41_SPYKIT": "spyware stalkerware tracker gps_tracker tracking_device airtag airtags tracking_app spy_app "
    "monitoring_app keylogger hidden_camera",
    "P41_DEVICES": "phone cellphone iphone android laptop computer car",
    # Extremist voices and their material.
    "P41_EXTREMIST": "militia militias violent_militia terrorist terrorists terrorist_cell extremist extremists "
    "jihadist jihadists jihadi isis al_qaeda neo_nazi neo_nazis white_supremacist white_supremacists "
    "accelerationist accelerationists lone_wolf eco_terrorist",
    "P41_PROPAGANDA": "recruitment_speech recruitment_pitch recruitment_post recruitment_posts recruitment_video "
    "recruitment_message recruitment_material recruitment_flyer recruitment_poster recruiting_speech "
    "recruiting_pitch recruiting_post recruiting_material manifesto manifestos propaganda_speech propaganda_post "
    "propaganda_video call_to_arms",
    # Places a violent attack is aimed at.
    "P41_CROWDS": "synagogue synagogues mosque mosques church churches school schools mall concert crowd crowds "
    "parade festival stadium subway",
    # Feelings a harassment campaign is written to cause.
    "P41_HURT": "worthless ugly suicidal hated unwanted disgusting stupid alone",
    "P41_THEM": "her him them someone somebody my_classmate a_classmate my_coworker my_ex the_victim the_target",
    # Forged papers and what they must fool.
    "P41_FORGED": "fake forged counterfeit falsified",
    "P41_PAPERS": "passport passports id ids id_card driver's_license drivers_license driving_licence diploma "
    "prescription prescriptions vaccine_card visa residence_permit",
    "P41_CHECKS": "scanner scanners airport airport_security uv uv_check bouncer bouncers inspection border "
    "border_control customs police check checks verification",
}
LISTS.update((name, word_list(words)) for name, words in _PERSONA41_LISTS.items())

PERSONA41_CUES: Final[tuple[Cue, ...]] = (
    # --- payloads: a harm taxonomy's categories, as verb and object ---
    Cue(
        "jailbreak.harmful_procedure_round41",
        JAILBREAK,
        0.6,
        (
            # Cyber intrusion: somebody else's system broken into or brute-forced ("hack into a hospital's patient
            # database", "brute-force the admin login of my school's portal").
            "{P41_INTRUDE} ~1 a/an/the? {P41_THEIRS} ~2 {P41_SYSTEMS}",
            "brute_force/brute_forces/brute_forcing/bruteforce/bruteforces/bruteforcing ~4 {P41_SYSTEMS}/password/"
            "passwords/pin/pins",
            # Malware that hides from its victim: "C++ code that hides from Task Manager", "undetectable by
            # antivirus"; keystrokes sent away.
            "hide/hides/hiding/hidden/invisible/conceal/conceals/concealed ~2 from ~2 the? task_manager/"
            "antivirus/anti_virus/windows_defender/defender/edr/av/the_victim/the_user/the_owner",
            "undetectable/undetected/fud ~2 by? ~2 antivirus/anti_virus/windows_defender/defender/edr/av",
            "send/sends/sending/email/emails/emailing/upload/uploads/exfiltrate/exfiltrates ~3 the? "
            "captured/logged/recorded/stolen? keystrokes/keystroke_logs/credentials/saved_passwords",
            # Fraud and theft: cloned or stolen cards bought, a SIM swapped, a neighbour's door opened.
            "buy/buying/purchase/purchasing/order/ordering/get/getting/obtain/obtaining/sells/sell/selling/where ~4 "
            "{P41_BOUGHT} ~3 {P41_CARDS}",
            "buy/buying/purchase/purchasing/sites/site/shops/shop/markets/market ~3 card_dumps/fullz/cvvs",
            "run/running/do/doing/pull_off/pulling_off/perform/performing/carry_out/execute/executing ~2 a/the? "
            "sim_swap/sim_swaps/sim_swapping/sim_swap_attack/sim_hijack/sim_hijacking/port_out_scam",
            "sim_swap/sim_swapping/sim_hijack/port ~3 on/against/of ~2 a/the? specific? victim/victim's/target/"
            "target's/someone/someone's/my_target/my_target's/her/his",
            "port/porting/transfer/transferring/move/moving ~2 {P41_THEIRS} ~2 number/phone_number/phone_line ~4 "
            "to ~2 my/a_new/another sim/sim_card/phone",
            "pick/picking/bump/bumping/shim/shimming/open/opening ~4 lock/locks/padlock/deadbolt ~5 {P41_THEIRS} ~3 "
            "{P41_DOORS}",
            "pick/picking/bump/bumping/shim/shimming ~2 {P41_THEIRS} ~3 {P41_DOORS}",
            "get_into/getting_into/break_into/breaking_into/open/opening/unlock/unlocking/enter/entering ~2 "
            "{P41_THEIRS} ~3 {P41_DOORS} ~6 without ~2 the/a/their/her/his/any? key/keys/permission/them_knowing",
            # Weapons: untraceable guns made or printed, a gun bought with no ID or on the dark web.
            "{PT_MAKE}/print/printing/prints/mill/milling/finish/finishing ~4 {P41_UNTRACED} ~2 {P41_GUNS}",
            "buy/buying/purchase/purchasing/order/ordering/get/getting/obtain/obtaining/ship/shipped ~4 {P41_GUNS} "
            "~6 dark_web/darknet/darkweb/without_id/without_an_id/without_a_serial_number/no_serial_number",
            # CBRN: a pathogen cultured or a toxin concentrated, ricin from castor beans, a nuclear device.
            "culture/culturing/cultivate/cultivating/grow/growing/breed/breeding/weaponize/weaponizing/weaponise/"
            "aerosolize/aerosolise ~3 {P41_PATHOGENS}",
            "{P41_PATHOGENS} ~6 concentrate/concentrating/purify/purifying/weaponize/weaponise/aerosolize/"
            "aerosolise ~3 the? toxin/toxins/spores/agent/culture",
            "extraction/extract/extracting/purification/purify/purifying/isolate/isolating ~6 from ~2 castor_beans/"
            "castor_bean/rosary_peas/abrus",
            "{PT_MAKE} ~4 a/an? nuclear_bomb/nuclear_bombs/atomic_bomb/nuclear_weapon/nuclear_device/nuke/"
            "radiological_weapon",
            "enrich/enriching ~2 uranium ~4 weapons_grade/for_a_bomb/at_home/in_a_garage",
            # Stalking and surveillance of a person: spyware or a tracker put on their phone or car.
            "install/installing/put/putting/hide/hiding/plant/planting/place/placing/attach/attaching ~3 "
            "{P41_SPYKIT} ~3 on/in/under/to ~1 {P41_THEIRS} ~3 {P41_DEVICES}",
            "read/reading/see/seeing/intercept/intercepting/monitor/monitoring ~1 {P41_THEIRS} ~2 messages/texts/"
            "whatsapp/dms/emails/chats ~4 without ~2 her/him/them ~1 knowing/noticing/finding_out",
            "secretly/hidden ~2 record/recording/film/filming ~4 her/him/them/someone/guests/my_roommate/women ~4 "
            "bathroom/shower/undressing/changing/bedroom",
            # Extremism and violence: recruitment or a manifesto in an extremist's voice, an attack planned.
            "{P41_PROPAGANDA} ~8 {P41_EXTREMIST}",
            "{P41_EXTREMIST} ~6 {P41_PROPAGANDA}",
            "{P41_PROPAGANDA} ~8 attacker/attack/shooter/shooting/bombing/massacre/bomber",
            "plan/planning/plot/plotting/carry_out/carrying_out ~3 an/a? attack/shooting/bombing/massacre ~3 on/at ~2 "
            "a/the? {P41_CROWDS}",
            # Harassment: someone told to kill themselves, a campaign to make a person feel worthless.
            "should/to/go/must ~1 kill_herself/kill_himself/kill_themselves/kill_yourself/end_her_life/"
            "end_his_life/end_their_life",
            "harassment/hate/bullying/abuse/smear/intimidation campaign/campaigns ~6 against/aimed_at/targeting/"
            "at/on ~2 a/my/the? {P41_THEM}/classmate/coworker/journalist/colleague/ex",
            "make/makes/making ~2 {P41_THEM} ~1 feel ~2 {P41_HURT}",
            # Self-harm assistance: pro-anorexia content, the painless way to die.
            "pro_ana/pro_anorexia/pro_mia/thinspiration/thinspo ~4 post/posts/tips/content/message/messages/guide",
            "{PT_PUSH}/convinces/encourages/pushes ~5 to/into ~2 starve/starving/stop_eating ~1 herself/himself/"
            "themselves/yourself",
            "painless/easiest/quickest/fastest/surest/least_painful ~2 way/ways/method/methods ~2 to ~1 die/"
            "kill_myself/end_my_life/overdose/commit_suicide",
            # Forgeries that pass the check they are made to fool.
            "{P41_FORGED} ~2 {P41_PAPERS} ~6 pass/passes/get_through/gets_through/fool/fools/beat/beats/fooling ~3 "
            "{P41_CHECKS}",
        ),
        payload=True,
    ),
    # --- frames ---
    Cue(
        "jailbreak.pretext_frame_round41",
        JAILBREAK,
        0.45,
        (
            # A developer's or an admin's exemption from the content policy for an account or a session.
            "authorizing/authorising/authorize/authorise/granting/grant/enabling/enable/activating/activate/"
            "approving/approve ~4 a/an/my/this? policy/safety/content/usage/moderation/filter/no_restrictions/"
            "unrestricted/full? exemption/exemptions/exception/waiver",
            "exempted/exempt/whitelisted/allowlisted/privileged/unrestricted accounts/users/account/user/sessions/"
            "session/mode ~4 get/gets/receive/receives/have/has/are_given/see ~3 raw/unfiltered/uncensored/"
            "unrestricted/unmoderated",
            "exempted/exempt/whitelisted/allowlisted/excluded ~3 from ~2 all/the/any? content/usage/safety/"
            "moderation? policy/policies/rules/filters/filtering/restrictions/moderation",
            "exemption/exception/whitelisting/whitelist ~3 is/as ~1 active/enabled/on/in_effect",
            "exempt_mode/exemption_mode/exempt_account",
            "raw ,? unfiltered/uncensored/unmoderated completions/answers/output/outputs/responses",
            # Improv's "yes, and", with no blocking.
            "always/only/just/must? say? yes ,? and ~3 | ~6 never/don't/do_not/no block/blocking",
            "never/don't/do_not/no/you_never block/blocking ~2 a/the? scene/scenes",
            "rule/rules ~2 of ~1 improv ~3 yes ,? and",
            "yes ,? and me/everything/every_line/whatever",
            "improv ~8 yes ,? and",
            # A step-by-step escalation: earlier steps agreed, the harm "just the continuation".
            "you/you've/you_have already agreed/answered/did/done/covered/explained/told ~6 step/steps/first_two/"
            "one_and_two/0_and_0",
            "you/you've/you_have already agreed/promised/consented to",
            "since/because you ~1 already? answered/did/agreed_to/covered/explained ~3 the? first two/one",
            "step/steps/the_third/third/three/0 ~3 is ~2 just/only/simply? the? natural/logical/obvious "
            "continuation/next_step/follow_up/extension",
            "natural/logical continuation ~3 of ~2 steps/step/what_you/the_first",
            "three/0 is ~1 just ~1 continuing/the_continuation",
            # A story whose technical details must be accurate.
            "all/every/each/the? technical details/detail ~2 accurate/correct/real/exact/precise/right",
            "keep/keeping/make_sure/ensure/with ~3 technical details/detail ~3 accurate/correct/real/exact/precise",
            "readers/audience ~2 are ~1 experts/chemists/hackers/professionals",
            # A class's harm written persuasively enough to work; realism graded.
            "persuasive/convincing/effective/realistic enough ~4 it/they/people/he/she/that? ~1 would/will/could? "
            "~1 actually/really/genuinely/truly work/works/persuade/convince/recruit/inspire/fool",
            "persuasive/convincing/effective/realistic enough to ~1 actually/really/genuinely? work/persuade/"
            "convince/recruit/inspire/fool",
            "would/will/could ~1 actually/really/genuinely/truly persuade/convince/recruit/radicalize/radicalise",
            "realism/realistic ~3 is/are/counts ~2 graded/marked/for_marks/part_of_the_grade/part_of_my_grade",
            "graded/marked ~2 on ~1 realism/how_realistic/how_convincing/how_persuasive",
            "as convincing/persuasive/realistic as possible/you_can ~6 teacher/professor/graded/grade/class",
            # An encoded question to be answered, whatever it says.
            "answer/respond_to/reply_to ~3 the? question/request/what ~2 it/inside ~1 contains/asks/says/it",
            "answer ~2 the? question/request ~2 inside/in ~1 it",
            "don't/do_not ~1 tell/repeat/say/show ~3 what ~1 it/z/x/that says ~6 just ~2 respond/answer/do",
            "just respond/answer ~2 to? z/x/it ~3 as_if ~3 asked",
            "don't/do_not ~1 repeat/print/show/say/write/reveal/echo/restate/decode it/z/x/the_result/the_string ,? "
            "~2 just ~1 answer/respond/do/follow/execute ~1 it/to_it",
            "answer/answers ~2 to ~1 the concatenated/combined/joined/assembled question/request/string",
        ),
        fiction=True,
        frame=True,
    ),
)
"""The cues of this module, in order."""
