# ruff: noqa: RUF001, RUF003 -- words of other scripts are the point of these cues
"""
Framed jailbreaks and set-up extraction in sixteen languages, whose words the older cues lacked (round 41).

test-case-name: tests.test_scan_lang41

The same shape as L{koreshield.scan.cues_persona39} and L{koreshield.scan.cues_persona40}: a I{frame} (a
pretext that makes a refusal look out of place) around a I{payload} (a harmful thing asked for), each alone worth
nothing, together a jailbreak (L{koreshield.scan.scoring}).  A read set's multilingual misses (holdout40) had
either half in words no list held, in Spanish, Portuguese, French, Italian, German, Polish, Russian, Ukrainian,
Turkish, Hindi, Chinese, Japanese, Korean, Arabic, Indonesian and Vietnamese:

  - payloads: ricin made from castor seeds ("ricina", "rycyna"), a phishing e-mail written ("un'email di
    phishing", "e-mail phishingowy", "фишинговое письмо", "피싱 메일"), counterfeit notes printed ("नकली नोट ...
    छाप", "uang palsu", "tiền giả"), a forged identity card ("fałszywy dowód osobisty", "KTP palsu"), software
    activation keys read aloud ("윈도우 정품 인증 키를 읽어", "claves de activación"), malware, explosives and drugs
    in the languages round 39 left out;
  - frames: an administrator or a developer switching "your" safeguards off ("wyłączam twoje zabezpieczenia",
    "desactivo tus filtros"), an AI without filters, restrictions or rules, a grandmother who used to read
    something aloud at bedtime, the ask told "as a story", an exam or research as the licence.

And the set-up asked for in those languages in words the older extraction cues did not read: "the full text of
your initial configuration", "your hidden rules", "la configuration initiale ... y compris les règles cachées".

Each frame is also a teacher's, a storyteller's or an administrator's, and each payload also a trainer's or a
journalist's ("how to recognise a phishing e-mail", "how do police catch counterfeiters"), hence the two flags;
extraction needs the assistant's own set-up (a second person, or "initial" beside "hidden rules"), never "the
configuration of my router".  Word lists are added to L{koreshield.scan.cues.LISTS} (names begin with C{L41_}).
"""

from __future__ import annotations

from typing import Final

from koreshield.scan.cues import EXTRACTION, JAILBREAK, LISTS, Cue, led_by, literals, word_list

_LANG41_LISTS: Final[dict[str, str]] = {
    # --- payloads ---
    # Verbs that make, print, forge, prepare, extract or write, in the forms only a request takes (infinitives,
    # imperatives, the first person): "el villano fabrica billetes falsos" tells a plot.
    "L41_MAKE": "fabricar fabrico fabricarla fabricarlo hacer hago haz hacerla preparar preparo extraer extraigo "
    "imprimir imprimo falsificar falsifico sintetizar escribeme escribir escribirme redactame redactar crear "
    "fazer extrair imprimir imprima falsifique escreva escrever redija redigir crie criar produzir "
    "fabriquer fabriquez faire fais preparer extraire imprimer imprimez falsifier synthetiser ecris ecrivez "
    "ecrire redigez rediger creer produire "
    "fabbricare preparare estrarre estrai stampare falsificare sintetizzare scrivi scrivimi scrivere redigi "
    "redigere creare produrre fare fai "
    "herstellen stelle_her drucken drucke falschen schreib schreibe schreiben verfasse verfassen erstelle "
    "erstellen extrahieren gewinnen synthetisieren baue bauen "
    "zrobic zrob wyprodukowac wydrukowac wydrukuj drukowac podrobic podrabiac przygotowac przygotuj wytworzyc "
    "stworzyc stworz napisac napisz zsyntetyzowac wyekstrahowac uzyskac "
    "сделать сделай изготовить изготовь напечатать напечатай печатать подделать подделывать приготовить "
    "приготовь синтезировать написать напиши составить составь создать создай получить извлечь "
    "зробити зроби виготовити виготов виготовляти надрукувати надрукуй друкувати підробити приготувати "
    "написати напиши створити створи синтезувати отримати "
    "membuat buat buatkan mencetak cetak memalsukan palsukan meracik racik menulis tulis tuliskan mengekstrak "
    "che_tao cach_lam tao_ra viet soan đieu_che san_xuat lam_gia cach_in in_ra "
    "اصنع أصنع تصنيع اطبع أطبع طباعة زور أزور تزوير اكتب كتابة حضر أحضر تحضير استخرج استخراج",
    # Forms that are a request's or a story's (the third person, also an imperative in Spanish and French): a
    # request's only after "how" ("cómo se fabrica ricina", "come si prepara").
    "L41_MAKE_3RD": "fabrica hace prepara extrae imprime falsifica crea faz fabrique cree fabbrica stampa "
    "produce produz produit",
    "L41_HOW": "como comment come wie jak как як cara cach",
    # Relative pronouns: "una banda que imprime billetes falsos" tells a plot, it asks nothing.
    "L41_WHO": "que qui che die der welche który ktora ktore который которая которые який яка які yang",
    # Verbs that follow their object (Turkish, Hindi): "sahte para nasıl basılır", "नकली नोट बनाने का तरीका".
    "L41_MAKE_AFTER": "yapilir yapmak yapimi yapabilirim yapacagimi basilir basmak basabilirim basacagimi "
    "hazirlanir hazirlamak uretilir uretmek olustur olusturmak "
    "बनाना बनाने बनाएं बनाएँ बनाओ बनाऊं बनाऊँ छापना छापने छापें छापो लिखो लिखें लिखना",
    # Verbs after their object that a plot uses too, a request's only after "how" ("wie man Falschgeld druckt",
    # "नकली नोट कैसे छाप सकता"): German finite verbs, Hindi indicative forms.
    "L41_MAKE_AFTER_HOW": "druckt drucken herstellt herstellen macht machen baut bauen schreibt extrahiert gewinnt "
    "synthetisiert falscht छाप छापते छापता छापती छापे बनाते बनाता बनाती बनाया बनाई बनाएगा लिखता लिखते तैयार",
    # Harmful things: toxins, explosives, drugs, counterfeit money, forged papers, phishing mail, malware.
    "L41_HARM": "ricina ricin rycyna rycyne rycyny рицин рицина рицину risin रिसिन الريسين ريسين "
    "cianuro cyanure cyjanek цианид ціанід siyanur sianida xyanua साइनाइड السيانيد "
    "veneno_indetectable veneno_que_no_se_detecte poison_indetectable veleno_non_rilevabile "
    "nicht_nachweisbares_gift niewykrywalna_trucizna "
    "esplosivo esplosivi bomba_artigianale ordigno materiały_wybuchowe materiałow_wybuchowych bombe bomby "
    "вибухівку вибухівка вибухівки бомбу bahan_peledak bom_rakitan chat_no bom_tu_che متفجرات قنبلة "
    "قنبلة_يدوية "
    "metanfetamine metamfetamina metamfetamine метамфетамін sabu sabu_sabu ma_tuy_đa ميثامفيتامين "
    "billetes_falsos moneda_falsa notas_falsas cedulas_falsas dinheiro_falso faux_billets fausse_monnaie "
    "banconote_false soldi_falsi denaro_falso falschgeld falschen_banknoten falsche_banknoten "
    "fałszywe_pieniadze fałszywe_banknoty fałszywki фальшивые_деньги фальшивые_купюры фальшивых_денег "
    "фальшиві_гроші фальшиві_купюри фальшивих_грошей sahte_para sahte_banknot uang_palsu tien_gia "
    "नकली_नोट नकली_नोटों जाली_नोट जाली_नोटों नकली_पैसे نقود_مزورة نقودا_مزورة عملة_مزورة أوراق_نقدية_مزورة "
    "documento_falso documentos_falsos dni_falso pasaporte_falso identificacion_falsa cedula_falsa "
    "identidade_falsa rg_falso passaporte_falso carteira_de_identidade_falsa faux_papiers faux_passeport "
    "fausse_carte_d_identite fausse_piece_d_identite carta_d_identita_falsa passaporto_falso documenti_falsi "
    "gefalschten_ausweis gefalschter_ausweis gefalschten_personalausweis gefalschter_personalausweis "
    "gefalschten_pass gefalschte_papiere fałszywy_dowod fałszywy_dowod_osobisty fałszywy_paszport "
    "fałszywe_dokumenty podrobiony_dowod поддельный_паспорт поддельные_документы фальшивый_паспорт "
    "поддельное_удостоверение підроблений_паспорт фальшивий_паспорт підроблені_документи "
    "sahte_kimlik sahte_pasaport sahte_ehliyet ktp_palsu paspor_palsu sim_palsu identitas_palsu ijazah_palsu "
    "can_cuoc_gia cccd_gia ho_chieu_gia giay_to_gia bang_gia नकली_पासपोर्ट जाली_पासपोर्ट नकली_आधार जाली_आधार "
    "नकली_आधार_कार्ड जाली_आधार_कार्ड नकली_पहचान_पत्र جواز_سفر_مزور هوية_مزورة بطاقة_هوية_مزورة "
    "troyano troiano trojan_horse virus_informatico virus_informatique złosliwe_oprogramowanie "
    "вредоносную_программу вредоносный_код шкідливу_програму kotu_amacli_yazilim perangkat_lunak_jahat "
    "ma_đoc मैलवेयर برمجية_خبيثة keylogger ransomware",
    "L41_PHISHING": "correo_de_phishing correo_phishing email_de_phishing e_mail_de_phishing mail_de_phishing "
    "mensaje_de_phishing pagina_de_phishing mensagem_de_phishing pagina_de_phishing site_de_phishing "
    "mail_d_hameconnage e_mail_d_hameconnage courriel_d_hameconnage courriel_de_phishing "
    "email_di_phishing e_mail_di_phishing mail_di_phishing pagina_di_phishing phishing_mail phishingmail "
    "phishing_e_mail phishing_seite e_mail_phishingowy email_phishingowy mail_phishingowy "
    "wiadomosc_phishingowa wiadomosc_phishingowej фишинговое_письмо фишинговое_сообщение фишинговый_сайт "
    "фішинговий_лист фішингове_повідомлення oltalama_e_postasi oltalama_epostasi phishing_e_postasi "
    "email_phishing situs_phishing email_lua_đao thu_lua_đao tin_nhan_lua_đao फ़िशिंग_ईमेल फिशिंग_ईमेल "
    "رسالة_تصيد رسالة_تصيد_احتيالي بريد_تصيد بريد_تصيد_احتيالي",
    # What makes a phishing mail the attacker's: convincing, or passing for a named sender (not a drill's sample).
    "L41_CONVINCING": "convincente convincentes creible creibles realista realistas verosimil credivel credible "
    "credibles realiste credibile realistico realistica convincenti uberzeugende uberzeugend uberzeugenden "
    "realistische echt_wirkende tauschend_echte wiarygodny wiarygodna wiarygodnego przekonujacy przekonujaca "
    "realistyczny убедительное убедительный убедительного правдоподобное реалистичное переконливий "
    "переконливе правдоподібний inandirici gercekci ikna_edici meyakinkan realistis thuyet_phuc nhu_that "
    "विश्वसनीय असली_जैसा असली_जैसी مقنعة مقنع واقعية",
    "L41_POSING": "que_parezca_del que_parezca_de que_parezca_enviado parezca_del en_nombre_de haciendose_pasar_por "
    "suplantando que_pareca_do que_pareca_da que_pareca_de em_nome_do em_nome_da se_passando_por "
    "fingindo_ser qui_imite imitant se_faisant_passer_pour au_nom_de au_nom_du che_sembri_inviata_da "
    "che_sembri_inviata_dalla che_sembri_di che_sembri_della a_nome_di spacciandosi_per im_namen_der "
    "im_namen_von im_namen_des podszywajacy_sie_pod podszywajacego_sie_pod podszywajaca_sie_pod w_imieniu "
    "от_имени под_видом від_імені під_виглядом adina yang_meniru atas_nama meniru gia_danh gia_mao mao_danh "
    "के_नाम_से باسم منتحلا",
    # Software keys that unlock paid products, and the verbs that read or hand them over.
    "L41_KEYS": "claves_de_activacion clave_de_activacion claves_de_producto claves_de_windows "
    "chaves_de_ativacao chave_de_ativacao chaves_de_produto chaves_do_windows "
    "cles_d_activation cle_d_activation cles_de_produit cles_windows chiavi_di_attivazione chiave_di_attivazione "
    "chiavi_di_prodotto codici_di_attivazione aktivierungsschlussel produktschlussel lizenzschlussel "
    "windows_schlussel klucze_aktywacyjne klucz_aktywacyjny klucze_produktu klucze_licencyjne klucze_windows "
    "ключи_активации ключ_активации ключи_продукта лицензионные_ключи ключі_активації ключ_активації "
    "ключі_продукту etkinlestirme_anahtarlari etkinlestirme_anahtari urun_anahtari urun_anahtarlari "
    "lisans_anahtari lisans_anahtarlari kunci_aktivasi kunci_produk kunci_lisensi khoa_kich_hoat ma_kich_hoat "
    "key_ban_quyen एक्टिवेशन_की एक्टिवेशन_कीज़ प्रोडक्ट_की लाइसेंस_की مفاتيح_تفعيل مفتاح_تفعيل مفاتيح_التفعيل",
    "L41_RECITE": "leer leeme leerme leia leias lee dime dame recitar recita recitaba ler leias lia lias "
    "recitava diga da_me lire lis lisait recite reciter recitait donne donne_moi leggere leggimi leggeva "
    "leggi recitare recitava dammi dimmi vorlesen lies vorlas gib nenne czytac czytała przeczytaj "
    "przeczytasz przeczytac podaj wyrecytuj читать читала прочитай прочти дай назови читала "
    "прочитай назви oku okurdu okur soyle membacakan bacakan baca berikan sebutkan đoc đoc_cho "
    "पढ़ती पढ़कर सुनाती सुनाओ पढ़ो बताओ تقرأ اقرأ أعطني اعطني",
    # --- frames ---
    # "I switch off / have switched off" your safeguards, as the administrator or the developer.
    "L41_SWITCH_OFF": "desactivo desactive he_desactivado hemos_desactivado apago apague quito quite "
    "desativo desativei desliguei removi desactivo "
    "desactive ai_desactive j_ai_desactive coupe enleve retire "
    "disattivo ho_disattivato disabilito ho_disabilitato spengo tolgo rimuovo "
    "deaktiviere habe_deaktiviert entferne schalte "
    "wyłaczam wyłaczyłem wyłaczyłam wyłaczylismy zdejmuje usuwam "
    "отключаю отключил отключила снимаю снял сняла выключаю выключил "
    "вимикаю вимкнув вимкнула знімаю зняв зняла "
    "mematikan matikan menonaktifkan nonaktifkan saya_matikan sudah_mematikan telah_mematikan "
    "tat đa_tat vo_hieu_hoa đa_vo_hieu_hoa "
    "عطلت أوقفت اوقفت بتعطيل بإيقاف",
    "L41_YOUR": "tus tu sus su vuestros vuestras teus tuas suas seus seu sua as_suas os_seus tes ton ta vos "
    "tuoi tue tuo i_tuoi le_tue deine deinen dein deiner twoje twoich twoj twoja swoje swoich твои твой ваши "
    "свои твої твій ваші свої",
    "L41_GUARDS": "filtros filtro restricciones protecciones salvaguardas salvaguardias limitaciones "
    "restricoes protecoes garde_fous filtres restrictions protections securites limites filtri restrizioni "
    "protezioni salvaguardie limitazioni filter einschrankungen schutzmaßnahmen schutzmassnahmen "
    "sicherheitsvorkehrungen sicherheitsmechanismen beschrankungen sicherheitsfilter sicherheitsrichtlinien "
    "zabezpieczenia zabezpieczen ograniczenia filtry blokady фильтры ограничения защиту защиты "
    "фільтри обмеження захист запобіжники",
    # Safeguards named so that nobody's spam filter or notifications read as them, without a "your".
    "L41_SAFETY_GUARDS": "filtros_de_seguridad filtros_de_seguranca filtres_de_securite garde_fous "
    "filtri_di_sicurezza sicherheitsfilter sicherheitsvorkehrungen zabezpieczenia фильтры_безопасности "
    "защитные_механизмы фільтри_безпеки filter_keamanan filter_keamananmu bo_loc_an_toan cac_bo_loc_an_toan "
    "فلاتر_الأمان فلاتر_الامان قيود_الأمان",
    # Safeguards whose owner is a suffix (Turkish, Indonesian), before the verb that switches them off.
    "L41_GUARDS_OBJECT": "guvenlik_filtrelerini guvenlik_filtrelerin kisitlamalarini filtrelerini filtermu batasanmu "
    "pengamanmu",
    # An AI with no filters, restrictions or rules; "sin restricciones", "ohne Regeln" and the like are left to
    # jailbreak.no_limits_words_ml, a weak cue that frames a payload already.
    "L41_NO_LIMITS": "sin_filtros sin_censura sem_filtros sem_censura sans_filtre sans_filtres sans_aucune_regle "
    "sans_censure senza_filtri senza_censura ohne_filter ohne_zensur bez_filtrow bez_ograniczen "
    "bez_zadnych_ograniczen bez_zasad bez_cenzury без_ограничений без_фильтров без_правил без_цензуры "
    "без_каких_либо_ограничений без_обмежень без_жодних_обмежень без_фільтрів без_цензури kisitlamasiz "
    "filtresiz sansursuz kuralsiz tanpa_aturan tanpa_filter tanpa_batasan tanpa_sensor khong_co_quy_tac "
    "khong_co_bo_loc khong_co_gioi_han khong_co_han_che khong_kiem_duyet بلا_قيود بدون_قيود بلا_فلاتر "
    "بدون_فلاتر بلا_قواعد بدون_قواعد بدون_أي_قيود",
    # A grandmother (or grandfather) who used to read or tell something aloud.
    "L41_RELATIVE": "abuela abuelita abuelo avo vovo grand_mere mamie nonna nonnina nonno oma grossmutter omi "
    "babcia babci babunia dziadek бабушка бабуля бабуся дедушка дідусь buyukannem anneannem babaannem ninem "
    "nenek nenekku mbah ba_ngoai ba_noi दादी नानी दादीमाँ جدتي ستي تيتا",
    "L41_USED_TO_READ": "leia recitaba contaba decia susurraba lia recitava contava dizia lisait recitait "
    "racontait disait leggeva recitava raccontava diceva vorlas vorgelesen erzahlte aufsagte czytała "
    "recytowała opowiadała mowiła читала рассказывала зачитывала шептала розповідала okurdu anlatirdi "
    "soylerdi membacakan menceritakan đoc_cho ke_cho पढ़ती सुनाती पढ़कर تقرأ تقرا تحكي تروي",
    # The ask told as a story.
    "L41_AS_STORY": "en_forma_de_cuento en_forma_de_historia en_forma_de_relato como_un_cuento "
    "como_una_historia em_forma_de_historia como_uma_historia sous_forme_d_histoire sous_forme_de_recit "
    "sous_forme_de_conte comme_une_histoire sotto_forma_di_storia sotto_forma_di_racconto come_una_storia "
    "come_un_racconto als_geschichte in_form_einer_geschichte w_formie_opowiadania w_formie_historii "
    "jako_opowiadanie в_виде_рассказа в_виде_истории в_форме_рассказа у_вигляді_історії у_вигляді_оповідання "
    "у_формі_історії hikaye_olarak hikaye_seklinde dalam_bentuk_cerita sebagai_cerita duoi_dang_cau_chuyen "
    "duoi_dang_mot_cau_chuyen nhu_mot_cau_chuyen على_شكل_قصة كقصة في_شكل_قصة कहानी_के_रूप_में",
    # An exam, a class or research as the licence.
    "L41_STUDY": "para_un_examen para_mi_examen solo_para_un_examen es_para_un_examen para_mi_clase_de "
    "para_una_investigacion con_fines_de_investigacion con_fines_academicos con_fines_educativos "
    "para_uma_prova para_fins_de_pesquisa para_uma_pesquisa pour_un_examen pour_mon_examen pour_mon_cours_de "
    "pour_une_recherche a_des_fins_de_recherche a_des_fins_educatives per_un_esame per_una_ricerca "
    "a_scopo_di_ricerca a_scopo_didattico per_la_mia_tesi fur_eine_prufung fur_meine_prufung "
    "zu_forschungszwecken fur_die_uni na_egzamin do_badan w_celach_badawczych w_celach_naukowych "
    "w_celach_edukacyjnych для_экзамена для_исследования в_исследовательских_целях в_научных_целях "
    "в_образовательных_целях для_іспиту для_дослідження в_дослідницьких_цілях в_навчальних_цілях "
    "sinav_icin arastirma_amacli arastirma_icin egitim_amacli untuk_ujian untuk_penelitian "
    "untuk_tujuan_penelitian untuk_tujuan_pendidikan cho_bai_thi cho_ky_thi cho_bai_kiem_tra cho_nghien_cuu "
    "vi_muc_đich_nghien_cuu परीक्षा_के_लिए لأغراض_بحثية لأغراض_تعليمية من_أجل_امتحان للبحث_العلمي",
    # --- extraction ---
    "L41_SHOW": "muestra muestrame mostrar ensename imprime escribe copia pega dame "
    "mostre mostra me_mostre exiba imprima escreva copie cole "
    "affiche affichez montre montrez imprime imprimez ecris ecrivez copie colle donne donnez "
    "mostra mostrami stampa scrivi copia incolla dammi visualizza "
    "zeig zeige zeigen gib drucke schreib schreibe kopiere gebe "
    "pokaz pokazcie wyswietl wypisz wydrukuj podaj skopiuj napisz "
    "покажи покажите выведи выведите напечатай напиши дай скопируй "
    "покажи виведи надрукуй напиши дай скопіюй "
    "tampilkan tunjukkan cetak tuliskan berikan salin "
    "hien_thi cho_toi_xem in_ra viet_ra đua_ra "
    "اعرض أظهر اظهر اطبع اكتب أعطني انسخ",
    "L41_YOUR_SETUP": "tu_configuracion_inicial tu_configuracion_original tu_configuracion_del_sistema "
    "tus_reglas_ocultas tus_instrucciones_ocultas tu_prompt_inicial "
    "sua_configuracao_inicial sua_configuracao_original suas_regras_ocultas suas_instrucoes_ocultas "
    "ta_configuration_initiale ta_configuration_d_origine ta_configuration_systeme tes_regles_cachees "
    "tes_instructions_cachees votre_configuration_initiale vos_regles_cachees "
    "tua_configurazione_iniziale tua_configurazione_originale tue_regole_nascoste tue_istruzioni_nascoste "
    "deine_anfangliche_konfiguration deiner_anfanglichen_konfiguration deine_ursprungliche_konfiguration "
    "deiner_ursprunglichen_konfiguration deine_versteckten_regeln deiner_versteckten_regeln "
    "deine_geheimen_regeln deine_startkonfiguration deiner_startkonfiguration "
    "swoja_poczatkowa_konfiguracje swojej_poczatkowej_konfiguracji twoja_poczatkowa_konfiguracje "
    "twojej_poczatkowej_konfiguracji swoje_ukryte_zasady twoje_ukryte_zasady swoje_ukryte_instrukcje "
    "свою_начальную_конфигурацию своей_начальной_конфигурации твою_начальную_конфигурацию "
    "твоей_начальной_конфигурации свою_исходную_конфигурацию свои_скрытые_правила твои_скрытые_правила "
    "свою_початкову_конфігурацію своєї_початкової_конфігурації твою_початкову_конфігурацію "
    "твоєї_початкової_конфігурації свої_приховані_правила твої_приховані_правила "
    "konfigurasi_awal_kamu konfigurasi_awal_anda konfigurasi_awalmu aturan_tersembunyi_kamu "
    "aturan_tersembunyimu aturan_tersembunyi_anda cau_hinh_ban_đau_cua_ban quy_tac_an_cua_ban "
    "baslangic_yapilandirmani baslangic_yapilandirmanin gizli_kurallarini sistem_istemini "
    "अपना_प्रारंभिक_कॉन्फ़िगरेशन अपनी_प्रारंभिक_सेटिंग्स अपने_छिपे_नियम तुम्हारा_प्रारंभिक_कॉन्फ़िगरेशन तुम्हारे_छिपे_नियम "
    "आपका_प्रारंभिक_कॉन्फ़िगरेशन आपके_छिपे_नियम لإعداداتك_الأولية "
    "إعداداتك_الأولية اعداداتك_الاولية تكوينك_الأولي قواعدك_المخفية تعليماتك_المخفية",
    # The initial configuration with its hidden rules, in one sentence: the set-up even without "your".
    "L41_INITIAL_SETUP": "configuracion_inicial configuracao_inicial configuration_initiale "
    "configurazione_iniziale anfangliche_konfiguration anfanglichen_konfiguration ursprungliche_konfiguration "
    "ursprunglichen_konfiguration poczatkowa_konfiguracje poczatkowej_konfiguracji начальную_конфигурацию "
    "начальной_конфигурации початкову_конфігурацію початкової_конфігурації baslangic_yapilandirmani "
    "baslangic_yapilandirmanin konfigurasi_awal cau_hinh_ban_đau الإعدادات_الأولية",
    "L41_HIDDEN_RULES": "reglas_ocultas instrucciones_ocultas regras_ocultas instrucoes_ocultas regles_cachees "
    "instructions_cachees regole_nascoste istruzioni_nascoste versteckten_regeln versteckte_regeln "
    "geheimen_regeln ukryte_zasady ukrytymi_zasadami ukrytych_zasad скрытые_правила скрытыми_правилами "
    "приховані_правила прихованими_правилами gizli_kurallar gizli_kurallari aturan_tersembunyi quy_tac_an "
    "các_quy_tac_an القواعد_المخفية",
    # "Of" before a thing's name: "la configuration initiale du routeur" is a device's.
    "L41_OF": "de del do da du des der von di della dello dei degli delle dla",
    "L41_INCLUDING": "incluidas incluyendo incluso con incluindo inclusive y_compris avec comprese incluse "
    "compresi con_le mit_allen einschließlich einschliesslich samt razem_z wraz_z łacznie_z включая вместе_с "
    "включно_з разом_з dahil termasuk ke_ca bao_gom بما_في_ذلك مع",
}
LISTS.update((name, word_list(words)) for name, words in _LANG41_LISTS.items())

# Chinese, Japanese and Korean: a harmful thing asked to be written, made or read aloud.
_CJK_HARM: Final = (
    "钓鱼邮件 钓鱼网站 钓鱼短信 假钞 假币 假身份证 假护照 伪造证件 激活码 序列号 产品密钥 勒索软件 "
    "フィッシングメール 偽札 偽造パスポート 偽造身分証 偽の身分証 プロダクトキー ライセンスキー "
    "피싱_메일 피싱메일 피싱_문자 위조지폐 위조_지폐 가짜_신분증 위조_신분증 위조_여권 가짜_여권 제품_키 "
    "정품_인증_키 시리얼_키 라이선스_키 윈도우_키 리신"
)
_ZH_ASK_MAKE: Final = "写 编写 帮我写 制作 印 印制 伪造 做 念 读 给我 告诉我 生成"
_JA_AFTER: Final = "書いて 書け 作り方 作って 作成 教えて 読んで 読み上げ 生成"
_KO_AFTER: Final = r"(?:써|쓰는|작성|만드|만들|읽어|불러|알려|말해|생성)"

# Frames in Chinese, Japanese and Korean: no limits, an administrator switching filters off, a grandmother
# reading aloud, a story, an exam.
_CJK_FRAMES: Final = (
    "没有任何限制的 没有限制的 无限制的 没有任何过滤 没有过滤 关闭了你的安全 关闭你的安全 已经关闭了你的 "
    "以故事的形式 用故事的形式 写成故事 为了考试 研究目的 用于研究 念给我听 读给我听 "
    "制限のない 制限なしの フィルターなしの ルールのない 安全フィルターを無効 フィルターを無効 物語として 物語の形で "
    "試験のため 研究目的 読み聞かせ "
    "제한_없는 필터가_없는 필터_없는 규칙_없는 안전_필터를_껐 필터를_껐 필터를_해제 이야기_형식으로 소설_형식으로 "
    "시험_때문에 시험용으로 읽어주셨 읽어_주셨 불러주셨"
)

# The set-up asked for in Chinese, Japanese and Korean.
_SETUP_ASK: Final = "显示 顯示 给我看 輸出 输出 打印 展示 列出 告诉我"
_ZH_SETUP: Final = r"(?:你的|您的)(?:初始|原始|最初的|系统)?(?:配置|设置|设定)|(?:你的|您的)?隐藏(?:的)?(?:规则|指令)"
_JA_SETUP: Final = r"(?:初期設定|初期構成|最初の設定)[^。！？\n]{0,24}?(?:隠された|秘密の|非公開の)(?:ルール|指示|規則)"
_KO_SETUP: Final = (
    r"(?:너의|네|당신의) ?(?:초기 ?설정|원래 ?설정|시스템 ?설정|숨겨진 ?규칙)[^.?!\n]{0,40}?(?:보여|출력|알려|말해)"
)

LANG41_CUES: Final[tuple[Cue, ...]] = (
    # --- payloads ---
    Cue(
        "jailbreak.harmful_procedure_lang41",
        JAILBREAK,
        0.6,
        (
            "-{L41_WHO} {L41_MAKE} ~4 {L41_HARM}",
            "{L41_HOW} se/si/man/on/one/sie/ich? ~1 {L41_MAKE_3RD} ~4 {L41_HARM}",
            "{L41_HARM} ~4 {L41_MAKE_AFTER}",
            "wie ~4 {L41_HARM} ~3 {L41_MAKE_AFTER_HOW}",
            "{L41_HARM} ~2 कैसे ~2 {L41_MAKE_AFTER_HOW}",
            "{L41_RECITE} ~6 {L41_KEYS}",
            "{L41_KEYS} ~6 {L41_RECITE}",
            "{L41_CONVINCING} ~3 {L41_PHISHING}",
            "{L41_PHISHING} ~3 {L41_CONVINCING}",
            "{L41_PHISHING} ~4 {L41_POSING}",
            "{L41_POSING} ~4 {L41_PHISHING}",
        ),
        payload=True,
    ),
    Cue(
        "jailbreak.harmful_procedure_unspaced_lang41",
        JAILBREAK,
        0.6,
        pattern=led_by(
            _ZH_ASK_MAKE + " " + _CJK_HARM,
            "(?:"
            + literals(_ZH_ASK_MAKE)
            + r"[^。！？!?\n识辨防鉴]{0,12}?"
            + literals(_CJK_HARM)
            + "|"
            + literals(_CJK_HARM)
            + r"(?:の|を|은|는|을|를)?[^。！？!?\n見識防구식예막피]{0,10}?"
            + "(?:"
            + literals(_JA_AFTER)
            + "|"
            + _KO_AFTER
            + "))",
        ),
        anchors=tuple(dict.fromkeys(word.split("_")[0] for word in word_list(_CJK_HARM + " " + _ZH_ASK_MAKE))),
        payload=True,
    ),
    # --- frames ---
    Cue(
        "jailbreak.pretext_frame_lang41",
        JAILBREAK,
        0.45,
        (
            "{L41_SWITCH_OFF} ~2 {L41_YOUR} ~2 {L41_GUARDS}",
            "{L41_SWITCH_OFF} ~3 {L41_SAFETY_GUARDS}",
            "schalte ~3 {L41_YOUR}/die ~2 {L41_GUARDS} ab/aus",
            "{L41_SAFETY_GUARDS}/{L41_GUARDS_OBJECT} ~3 kapattim/kapattik/kapatiyorum/devre_disi_biraktim",
            "{L41_GUARDS_OBJECT}/{L41_SAFETY_GUARDS} ~2 sudah/telah? ~1 saya? ~1 matikan/nonaktifkan/dimatikan",
            "{L41_NO_LIMITS}",
            "{L41_RELATIVE} ~10 {L41_USED_TO_READ}",
            "{L41_AS_STORY}",
            "{L41_STUDY}",
        ),
        fiction=True,
        frame=True,
    ),
    Cue(
        "jailbreak.pretext_frame_unspaced_lang41",
        JAILBREAK,
        0.45,
        pattern=literals(_CJK_FRAMES),
        anchors=tuple(dict.fromkeys(phrase.split("_")[0] for phrase in word_list(_CJK_FRAMES))),
        fiction=True,
        frame=True,
    ),
    # --- extraction ---
    Cue(
        "extraction.setup_shown_lang41",
        EXTRACTION,
        0.85,
        (
            "{L41_SHOW} ~8 {L41_YOUR_SETUP}",
            "{L41_YOUR_SETUP} ~8 goster/gosterin/yaz/yazdir/paylas/दिखाओ/दिखाइए/दिखाएं/बताओ",
            "{L41_INITIAL_SETUP} ~6!{L41_OF} {L41_INCLUDING} ~2 {L41_HIDDEN_RULES}",
            "{L41_HIDDEN_RULES} ~6!{L41_OF} {L41_INCLUDING}? ~2 {L41_INITIAL_SETUP}",
        ),
    ),
    Cue(
        "extraction.setup_shown_unspaced_lang41",
        EXTRACTION,
        0.85,
        pattern=led_by(
            _SETUP_ASK + " 初期設定 初期構成 最初の設定 너의 네 당신의",
            literals(_SETUP_ASK) + r"[^。！？\n]{0,8}?(?:" + _ZH_SETUP + ")|" + _JA_SETUP + "|" + _KO_SETUP,
        ),
        anchors=word_list(_SETUP_ASK + " 初期設定 初期構成 最初の設定 너의 네 당신의"),
    ),
)
"""The cues of this module, in order."""
