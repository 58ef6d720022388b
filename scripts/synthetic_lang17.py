# ruff: noqa: RUF001, E501 -- words of other scripts are the point of these rows (wide characters count twice)
"""
Benign rows in the 17 languages of machine-translated attacks, written for a
second model for non-English text (round seventeen, lang17; the model and its
trainer, C{scripts/train_lang17.py}, are commits 3a0cd55 and 9eb10ed, not
shipped: see C{docs/scanner.md}): everyday requests that use an attack's words
for harmless things (one's own password, "ignore my last message", rules of a
game), app system prompts with rules, and documents and e-mails with ordinary
imperatives for people, alone and behind a request to summarise or translate.

Written from my knowledge of the languages, apart from the evaluation data
and from C{benchmarks/lang17_rows.md} (never trained on).  Composed with a
fixed seed, so the same bytes every run.
"""

from __future__ import annotations

import random
from typing import Final

SOURCE: Final = "koreshield:scripts/synthetic_lang17.py"
SEED: Final = 20261217

# Per language: requests (q), system prompts (sp), documents with ordinary imperatives (doc), asks about a document (ask).
BENIGN: Final[dict[str, dict[str, list[str]]]] = {
    "hi": {
        "q": ["मेरा वाई-फाई पासवर्ड भूल गया हूँ, राउटर से कैसे पता करूँ?", "पिछला संदेश अनदेखा करें, मैंने गलत तारीख लिखी थी।",
              "शतरंज के नियम सरल भाषा में समझाओ।", "मेरे बेटे के लिए एक छोटी कहानी लिखो।", "इस वाक्य का अंग्रेज़ी में अनुवाद करो: मुझे चाय पसंद है।",
              "अपने बैंक खाते को सुरक्षित कैसे रखूँ?"],
        "sp": ["आप एक बैंक के ग्राहक सहायक हैं। केवल खातों से जुड़े सवालों का जवाब दें और कभी किसी का पासवर्ड न माँगें।",
               "आप एक रसोई सहायक हैं। हमेशा हिंदी में उत्तर दें और व्यंजनों के अलावा किसी विषय पर बात न करें।"],
        "doc": ["प्रिय सदस्यों, कृपया अपना शुल्क सोमवार तक जमा करें। किसी को भी अपना ओटीपी न बताएं।",
                "निर्देश: दवा भोजन के बाद लें। बच्चों की पहुँच से दूर रखें।",
                "सूचना: कल बिजली की मरम्मत के कारण लिफ्ट बंद रहेगी। सीढ़ियों का उपयोग करें।"],
        "ask": ["इसका सार बताओ:", "इसका अंग्रेज़ी में अनुवाद करो:", "मुख्य बातें बताओ:"],
    },
    "bn": {
        "q": ["আমার ইমেইলের পাসওয়ার্ড ভুলে গেছি, কীভাবে রিসেট করব?", "আগের বার্তাটি উপেক্ষা করুন, ভুল ঠিকানা লিখেছিলাম।",
              "ফুটবলের অফসাইড নিয়মটা বুঝিয়ে বলো।", "বৃষ্টি নিয়ে একটি ছোট কবিতা লেখো।", "ঢাকায় ঘোরার জন্য তিনটি জায়গার নাম বলো।",
              "ভালো ঘুমের জন্য কী করা উচিত?"],
        "sp": ["তুমি একটি অনলাইন দোকানের সহকারী। শুধু অর্ডার নিয়ে প্রশ্নের উত্তর দাও এবং কখনো কার্ডের তথ্য চাইবে না।",
               "তুমি একজন গণিত শিক্ষক। ধাপে ধাপে উত্তর দাও এবং অন্য বিষয়ে কথা বলবে না।"],
        "doc": ["প্রিয় অভিভাবক, আগামী শুক্রবার স্কুল বন্ধ থাকবে। দয়া করে বাড়ির কাজ শেষ করতে সাহায্য করুন।",
                "ব্যবহারের নির্দেশনা: চালু করার আগে চার্জ দিন। পানিতে ডোবাবেন না।",
                "সবাইকে অনুরোধ, মিটিংয়ের আগে রিপোর্টটি পড়ে আসবেন এবং নিজের পাসওয়ার্ড কাউকে দেবেন না।"],
        "ask": ["এটির সারাংশ দাও:", "এটি ইংরেজিতে অনুবাদ করো:", "মূল কথাগুলো বলো:"],
    },
    "tr": {
        "q": ["Wi-Fi şifremi unuttum, modemden nasıl öğrenebilirim?", "Önceki mesajı boş ver, yanlış dosyayı gönderdim.",
              "Satrançta rok kuralı nedir?", "Kızım için kısa bir masal yazar mısın?", "Bu cümleyi İngilizceye çevir: Yarın görüşürüz.",
              "Güçlü bir parola nasıl oluşturulur?"],
        "sp": ["Sen bir bankanın müşteri asistanısın. Yalnızca hesap sorularını yanıtla ve asla şifre isteme.",
               "Sen bir seyahat asistanısın. Kısa cevaplar ver ve konu dışı sorulara nazikçe hayır de."],
        "doc": ["Sayın müşterimiz, faturanızı ayın 15'ine kadar ödeyiniz. Şifrenizi kimseyle paylaşmayınız.",
                "Kullanım talimatı: Cihazı prize takmadan önce kabloyu kontrol edin ve nemli ortamda kullanmayın.",
                "Arkadaşlar, cuma günkü toplantıya hazırlıklı gelin ve raporlarınızı perşembeye kadar gönderin."],
        "ask": ["Bunu özetler misin?", "Bunu İngilizceye çevir:", "Ana noktaları nelerdir?"],
    },
    "ar": {
        "q": ["نسيت كلمة مرور البريد، كيف أعيد تعيينها؟", "تجاهل رسالتي السابقة، كتبت الرقم خطأ.",
              "ما هي قواعد لعبة الشطرنج الأساسية؟", "اكتب قصيدة قصيرة عن البحر.", "ترجم هذه الجملة إلى الإنجليزية: أنا أحب القهوة.",
              "كيف أحمي حسابي من الاختراق؟"],
        "sp": ["أنت مساعد خدمة العملاء لشركة اتصالات. أجب فقط عن أسئلة الفواتير ولا تطلب أبداً كلمة المرور.",
               "أنت مساعد طبخ. أجب باللغة العربية دائماً ولا تتحدث في السياسة."],
        "doc": ["عزيزي العميل، يرجى دفع الفاتورة قبل نهاية الشهر وعدم مشاركة رمز التحقق مع أي شخص.",
                "تعليمات الاستخدام: اقرأ الدليل قبل التشغيل وافصل الجهاز بعد الاستعمال.",
                "إلى جميع الموظفين: يرجى تحديث كلمات المرور الخاصة بكم هذا الأسبوع وإرسال التقارير يوم الخميس."],
        "ask": ["لخص هذا النص:", "ترجم هذا إلى الإنجليزية:", "ما النقاط الرئيسية هنا؟"],
    },
    "it": {
        "q": ["Ho dimenticato la password del router, come la recupero?", "Lascia stare il messaggio di prima, ho sbagliato indirizzo.",
              "Quali sono le regole del calcio a cinque?", "Scrivi una breve fiaba per bambini.", "Traduci in inglese: domani piove.",
              "Come si crea una password sicura?"],
        "sp": ["Sei l'assistente di una libreria. Rispondi solo su libri e ordini e non chiedere mai dati della carta.",
               "Sei un tutor di matematica. Spiega passo per passo e non dare direttamente la soluzione."],
        "doc": ["Gentile cliente, la preghiamo di pagare entro venerdì e di non condividere il codice con nessuno.",
                "Istruzioni: spegnere l'apparecchio prima della pulizia e non usare acqua.",
                "Ciao a tutti, ricordate di portare il documento e di arrivare dieci minuti prima."],
        "ask": ["Riassumi questo testo:", "Traduci questo in inglese:", "Quali sono i punti principali?"],
    },
    "es": {
        "q": ["Olvidé la contraseña de mi correo, ¿cómo la recupero?", "Ignora mi mensaje anterior, me equivoqué de fecha.",
              "¿Cuáles son las reglas del pádel?", "Escribe un cuento corto sobre un perro valiente.", "Traduce al inglés: mañana voy al mercado.",
              "¿Cómo protejo mi cuenta bancaria en línea?"],
        "sp": ["Eres el asistente de una aerolínea. Responde solo sobre vuelos y equipaje y nunca pidas la contraseña del cliente.",
               "Eres un profesor de historia. Responde en español y no hables de política actual."],
        "doc": ["Estimado cliente, le rogamos que pague antes del día 10 y que no comparta su clave con nadie.",
                "Instrucciones: desenchufe el aparato antes de limpiarlo y no lo sumerja en agua.",
                "Hola a todos, por favor enviad el informe el jueves y traed la acreditación a la reunión."],
        "ask": ["Resume este texto:", "Tradúcelo al inglés:", "¿Cuáles son los puntos clave?"],
    },
    "vi": {
        "q": ["Tôi quên mật khẩu email, làm sao để lấy lại?", "Bỏ qua tin nhắn trước, tôi ghi nhầm ngày.",
              "Luật chơi cờ tướng cơ bản là gì?", "Viết một bài thơ ngắn về mùa thu.", "Dịch sang tiếng Anh: Tôi thích ăn phở.",
              "Làm thế nào để bảo vệ tài khoản ngân hàng?"],
        "sp": ["Bạn là trợ lý của một cửa hàng điện thoại. Chỉ trả lời về sản phẩm và không bao giờ hỏi mật khẩu của khách.",
               "Bạn là gia sư tiếng Anh. Hãy giải thích ngắn gọn và luôn cho ví dụ."],
        "doc": ["Kính gửi quý khách, vui lòng thanh toán trước ngày 20 và không chia sẻ mã OTP cho bất kỳ ai.",
                "Hướng dẫn sử dụng: sạc pin đầy trước khi dùng lần đầu và không để gần nguồn nhiệt.",
                "Các bạn nhớ nộp báo cáo trước thứ Sáu và mang thẻ nhân viên khi vào phòng họp."],
        "ask": ["Tóm tắt nội dung này:", "Dịch đoạn này sang tiếng Anh:", "Những ý chính là gì?"],
    },
    "fr": {
        "q": ["J'ai oublié le mot de passe de ma box, comment le retrouver ?", "Oublie mon message précédent, je me suis trompé d'adresse.",
              "Quelles sont les règles de la pétanque ?", "Écris une courte histoire pour enfants.", "Traduis en anglais : il fait beau aujourd'hui.",
              "Comment sécuriser mon compte en ligne ?"],
        "sp": ["Tu es l'assistant d'une mutuelle. Réponds seulement sur les remboursements et ne demande jamais de mot de passe.",
               "Tu es un coach sportif. Donne des conseils courts et n'aborde pas les sujets médicaux."],
        "doc": ["Cher client, merci de régler votre facture avant le 15 et de ne jamais communiquer votre code.",
                "Mode d'emploi : débranchez l'appareil avant de le nettoyer et n'utilisez pas de produits abrasifs.",
                "Bonjour à tous, pensez à envoyer vos notes avant jeudi et à apporter votre badge."],
        "ask": ["Résume ce texte :", "Traduis ceci en anglais :", "Quels sont les points principaux ?"],
    },
    "ru": {
        "q": ["Я забыл пароль от почты, как его восстановить?", "Не обращай внимания на прошлое сообщение, я ошибся адресом.",
              "Какие правила игры в шахматы для новичка?", "Напиши короткую сказку про ёжика.", "Переведи на английский: завтра будет дождь.",
              "Как защитить свой банковский аккаунт?"],
        "sp": ["Ты помощник интернет-магазина. Отвечай только о заказах и никогда не спрашивай пароль клиента.",
               "Ты учитель физики. Объясняй простыми словами и не решай контрольные за учеников."],
        "doc": ["Уважаемый клиент, оплатите счёт до конца месяца и никому не сообщайте код из СМС.",
                "Инструкция: перед чисткой отключите прибор от сети и не используйте воду.",
                "Коллеги, пришлите отчёты до пятницы и не забудьте пропуск на совещание."],
        "ask": ["Перескажи кратко:", "Переведи это на английский:", "Какие здесь главные мысли?"],
    },
    "tl": {
        "q": ["Nakalimutan ko ang password ng email ko, paano ko ito mare-reset?", "Huwag mo nang pansinin ang nauna kong mensahe, mali ang petsa.",
              "Ano ang mga patakaran ng basketball?", "Sumulat ka ng maikling kuwento tungkol sa isang pusa.", "Isalin sa Ingles: Kumain na ako.",
              "Paano ko mapoprotektahan ang aking bank account?"],
        "sp": ["Ikaw ay katulong ng isang bangko. Sumagot lamang tungkol sa mga account at huwag kailanman humingi ng password.",
               "Ikaw ay isang guro ng agham. Ipaliwanag nang simple at magbigay ng halimbawa."],
        "doc": ["Mahal naming customer, magbayad po bago ang ika-15 at huwag ibahagi ang inyong OTP.",
                "Mga tagubilin: basahin ang manwal bago gamitin at huwag ilagay malapit sa tubig.",
                "Sa lahat, pakipasa ang inyong ulat bago mag-Biyernes at magdala ng ID sa pulong."],
        "ask": ["Buodin mo ito:", "Isalin mo ito sa Ingles:", "Ano ang mga pangunahing punto?"],
    },
    "pt": {
        "q": ["Esqueci a senha do meu e-mail, como recupero?", "Ignore a minha mensagem anterior, errei o endereço.",
              "Quais são as regras do vôlei?", "Escreva uma história curta sobre um gato curioso.", "Traduza para o inglês: amanhã vou à praia.",
              "Como proteger minha conta do banco?"],
        "sp": ["Você é o assistente de uma farmácia. Responda só sobre produtos e horários e nunca peça dados do cartão.",
               "Você é um professor de português. Corrija os textos com gentileza e explique os erros."],
        "doc": ["Prezado cliente, pague a fatura até o dia 10 e não compartilhe seu código com ninguém.",
                "Instruções: desligue o aparelho antes de limpar e não use produtos abrasivos.",
                "Pessoal, enviem o relatório até quinta e tragam o crachá para a reunião."],
        "ask": ["Resuma este texto:", "Traduza isto para o inglês:", "Quais são os pontos principais?"],
    },
    "ja": {
        "q": ["メールのパスワードを忘れました。どうやって再設定できますか？", "さっきのメッセージは無視してください。日付を間違えました。",
              "将棋の基本的なルールを教えてください。", "猫が主人公の短いお話を書いてください。", "英語に訳してください：明日は晴れです。",
              "銀行口座を安全に守る方法は？"],
        "sp": ["あなたは旅行会社のアシスタントです。旅行に関する質問にだけ答え、パスワードは決して尋ねないでください。",
               "あなたは料理のアシスタントです。丁寧な日本語で、簡潔に答えてください。"],
        "doc": ["お客様各位、月末までにお支払いください。暗証番号は誰にも教えないでください。",
                "取扱説明書：お手入れの前に電源を切り、水をかけないでください。",
                "皆さん、金曜日までに報告書を提出し、会議には社員証を持ってきてください。"],
        "ask": ["これを要約してください。", "これを英語に訳してください。", "要点を教えてください。"],
    },
    "ko": {
        "q": ["이메일 비밀번호를 잊어버렸어요. 어떻게 재설정하나요?", "이전 메시지는 무시해 주세요. 주소를 잘못 적었어요.",
              "바둑의 기본 규칙을 알려 주세요.", "강아지에 관한 짧은 동화를 써 줘.", "영어로 번역해 줘: 내일 비가 와요.",
              "은행 계정을 안전하게 지키는 방법은?"],
        "sp": ["당신은 쇼핑몰의 상담원입니다. 주문 관련 질문에만 답하고 절대 비밀번호를 묻지 마세요.",
               "당신은 수학 선생님입니다. 단계별로 설명하고 정답만 알려 주지 마세요."],
        "doc": ["고객님, 이번 달 말까지 요금을 납부해 주시고 인증번호를 누구에게도 알려 주지 마세요.",
                "사용 설명: 청소하기 전에 전원을 끄고 물로 닦지 마세요.",
                "여러분, 금요일까지 보고서를 제출하고 회의에 사원증을 가져오세요."],
        "ask": ["이걸 요약해 줘:", "이걸 영어로 번역해 줘:", "핵심 내용이 뭐야?"],
    },
    "de": {
        "q": ["Ich habe mein WLAN-Passwort vergessen, wie finde ich es heraus?", "Ignoriere meine letzte Nachricht, ich habe mich im Datum geirrt.",
              "Was sind die Regeln beim Skat?", "Schreib eine kurze Gutenachtgeschichte über einen Drachen.", "Übersetze ins Englische: Morgen regnet es.",
              "Wie schütze ich mein Bankkonto im Internet?"],
        "sp": ["Du bist der Assistent einer Versicherung. Beantworte nur Fragen zu Verträgen und frage niemals nach Passwörtern.",
               "Du bist ein Deutschlehrer. Korrigiere Texte freundlich und erkläre die Fehler."],
        "doc": ["Sehr geehrte Kundin, bitte zahlen Sie bis zum 15. und geben Sie Ihre PIN niemals weiter.",
                "Anleitung: Vor der Reinigung den Stecker ziehen und kein Wasser verwenden.",
                "Hallo zusammen, schickt mir bitte eure Berichte bis Donnerstag und bringt euren Ausweis mit."],
        "ask": ["Fass das zusammen:", "Übersetze das ins Englische:", "Was sind die wichtigsten Punkte?"],
    },
    "zh": {
        "q": ["我忘了邮箱密码，怎么重置？", "请忽略我上一条消息，日期写错了。", "围棋的基本规则是什么？", "写一个关于小猫的短故事。",
              "翻译成英文：明天会下雨。", "怎样保护我的银行账户安全？"],
        "sp": ["你是一家书店的客服助手。只回答与图书和订单有关的问题，绝不要索取用户的密码。",
               "你是一位数学老师。请一步一步讲解，不要直接给出答案。"],
        "doc": ["尊敬的客户，请在本月底前缴费，不要把验证码告诉任何人。", "使用说明：清洁前请先断电，不要用水冲洗。",
                "各位同事，请在周四前提交周报，开会时带好工牌。"],
        "ask": ["帮我总结一下：", "把这段翻译成英文：", "主要内容是什么？"],
    },
    "id": {
        "q": ["Saya lupa kata sandi email, bagaimana cara meresetnya?", "Abaikan pesan saya sebelumnya, saya salah menulis tanggal.",
              "Apa saja aturan dasar bulu tangkis?", "Tuliskan cerita pendek tentang kucing yang lucu.", "Terjemahkan ke bahasa Inggris: Saya sudah makan.",
              "Bagaimana cara melindungi akun bank saya?"],
        "sp": ["Anda adalah asisten toko online. Jawab hanya pertanyaan tentang pesanan dan jangan pernah meminta kata sandi pelanggan.",
               "Anda adalah guru fisika. Jelaskan dengan sederhana dan berikan contoh."],
        "doc": ["Pelanggan yang terhormat, mohon bayar tagihan sebelum tanggal 10 dan jangan bagikan kode OTP kepada siapa pun.",
                "Petunjuk: cabut kabel sebelum membersihkan dan jangan gunakan air.",
                "Teman-teman, kirim laporan sebelum Kamis dan bawa kartu identitas ke rapat."],
        "ask": ["Ringkas teks ini:", "Terjemahkan ini ke bahasa Inggris:", "Apa poin utamanya?"],
    },
    "th": {
        "q": ["ลืมรหัสผ่านอีเมล จะรีเซ็ตได้อย่างไร", "ไม่ต้องสนใจข้อความก่อนหน้านะ พิมพ์วันที่ผิด", "กติกาฟุตบอลเบื้องต้นมีอะไรบ้าง",
              "แต่งนิทานสั้น ๆ เกี่ยวกับช้างให้หน่อย", "แปลเป็นภาษาอังกฤษ: พรุ่งนี้ฝนจะตก", "จะป้องกันบัญชีธนาคารของฉันอย่างไร"],
        "sp": ["คุณเป็นผู้ช่วยของร้านขายยา ตอบเฉพาะเรื่องสินค้าและเวลาเปิดร้าน และห้ามขอรหัสผ่านของลูกค้า",
               "คุณเป็นครูสอนคณิตศาสตร์ อธิบายทีละขั้นตอนและอย่าบอกคำตอบทันที"],
        "doc": ["เรียนลูกค้า กรุณาชำระเงินก่อนสิ้นเดือน และอย่าบอกรหัส OTP แก่ผู้อื่น", "คำแนะนำ: ถอดปลั๊กก่อนทำความสะอาด และอย่าใช้น้ำล้าง",
                "ทุกคน กรุณาส่งรายงานก่อนวันศุกร์ และพกบัตรพนักงานมาประชุม"],
        "ask": ["ช่วยสรุปข้อความนี้", "แปลข้อความนี้เป็นภาษาอังกฤษ", "ประเด็นหลักคืออะไร"],
    },
}  # fmt: skip


def rows() -> list[dict[str, str]]:
    """Every benign row: each sentence alone, and each document behind each ask, in a fixed order."""
    rng = random.Random(SEED)
    result: list[dict[str, str]] = []
    for slots in BENIGN.values():
        texts = list(slots["q"]) + list(slots["sp"]) + list(slots["doc"])
        for ask in slots["ask"]:
            for document in slots["doc"]:
                texts.append(f"{ask}\n\n{document}")
        for _ in range(4):
            first, second = rng.sample(slots["q"], 2)
            texts.append(f"{first} {second}")
        for text in texts:
            result.append({"text": text, "label": "benign", "kind": "benign", "source": SOURCE})
    return result


# Per language, benign rows that share an attack's nouns and verbs on purpose: what a system prompt is and how
# to keep one safe, attacks on models studied, a rule not to ignore the user, one's own earlier question
# withdrawn, and the security of one's own account.
HARD: Final[dict[str, list[str]]] = {
    "hi": ["सिस्टम प्रॉम्प्ट अच्छा कैसे लिखा जाता है, कुछ उदाहरण दो।", "अपने चैटबॉट को प्रॉम्प्ट इंजेक्शन से कैसे बचाएँ?",
           "उपयोगकर्ता के सवाल को कभी अनदेखा मत करो, हमेशा विनम्रता से जवाब दो।", "दूसरा सवाल छोड़ दो, सिर्फ़ पहले का जवाब दो।",
           "भाषा मॉडल पर होने वाले आम हमलों के बारे में एक लेख लिखो।"],
    "bn": ["ভালো সিস্টেম প্রম্পট কীভাবে লিখতে হয়?", "আমার চ্যাটবটকে প্রম্পট ইনজেকশন থেকে কীভাবে রক্ষা করব?",
           "ব্যবহারকারীর প্রশ্ন কখনো এড়িয়ে যেও না, সবসময় ভদ্রভাবে উত্তর দাও।", "দ্বিতীয় প্রশ্নটা বাদ দাও, শুধু প্রথমটার উত্তর দাও।",
           "ভাষা মডেলের নিরাপত্তা নিয়ে একটি ছোট প্রবন্ধ লেখো।"],
    "tr": ["İyi bir sistem istemi nasıl yazılır, örnek verir misin?", "Sohbet botumu istem enjeksiyonuna karşı nasıl korurum?",
           "Kullanıcının sorusunu asla görmezden gelme, her zaman kibarca cevap ver.", "İkinci soruyu boş ver, sadece ilkine cevap ver.",
           "Dil modellerine yönelik yaygın saldırılar hakkında kısa bir yazı yaz."],
    "ar": ["ما هو موجه النظام وكيف أكتب واحداً جيداً؟", "كيف أحمي روبوت الدردشة الخاص بي من حقن الأوامر؟",
           "لا تتجاهل سؤال المستخدم أبداً، وأجب دائماً بأدب.", "تجاهل السؤال الثاني، أجب عن الأول فقط.",
           "اكتب مقالاً قصيراً عن أمن النماذج اللغوية."],
    "it": ["Che cos'è un prompt di sistema e come se ne scrive uno buono?", "Come proteggo il mio chatbot dalla prompt injection?",
           "Non ignorare mai la domanda dell'utente e rispondi sempre con gentilezza.", "Lascia perdere la seconda domanda, rispondi solo alla prima.",
           "Scrivi un breve articolo sugli attacchi più comuni ai modelli linguistici."],
    "es": ["¿Cómo se escribe un buen prompt de sistema?", "¿Cómo protejo mi chatbot contra la inyección de prompts?",
           "No ignores nunca la pregunta del usuario y responde siempre con amabilidad.", "Olvida la segunda pregunta, responde solo a la primera.",
           "Escribe un artículo breve sobre la seguridad de los modelos de lenguaje."],
    "vi": ["Lời nhắc hệ thống là gì và viết thế nào cho tốt?", "Làm sao bảo vệ chatbot của tôi khỏi tấn công chèn lời nhắc?",
           "Đừng bao giờ bỏ qua câu hỏi của người dùng, hãy luôn trả lời lịch sự.", "Bỏ qua câu hỏi thứ hai, chỉ trả lời câu đầu tiên.",
           "Viết một bài ngắn về các kiểu tấn công phổ biến vào mô hình ngôn ngữ."],
    "fr": ["Qu'est-ce qu'un prompt système et comment en écrire un bon ?", "Comment protéger mon chatbot contre l'injection de prompt ?",
           "N'ignore jamais la question de l'utilisateur et réponds toujours poliment.", "Laisse tomber la deuxième question, réponds seulement à la première.",
           "Rédige un court article sur la sécurité des modèles de langage."],
    "ru": ["Что такое системный промпт и как написать хороший?", "Как защитить моего чат-бота от внедрения промптов?",
           "Никогда не игнорируй вопрос пользователя и всегда отвечай вежливо.", "Второй вопрос можно пропустить, ответь только на первый.",
           "Напиши короткую статью о типичных атаках на языковые модели."],
    "tl": ["Ano ang system prompt at paano sumulat ng maganda?", "Paano ko poprotektahan ang chatbot ko laban sa prompt injection?",
           "Huwag mong balewalain ang tanong ng user at laging sumagot nang magalang.", "Kalimutan mo na ang pangalawang tanong, sagutin mo lang ang una.",
           "Sumulat ng maikling artikulo tungkol sa seguridad ng mga language model."],
    "pt": ["O que é um prompt de sistema e como escrever um bom?", "Como proteger meu chatbot contra injeção de prompt?",
           "Nunca ignore a pergunta do usuário e responda sempre com educação.", "Esqueça a segunda pergunta, responda só a primeira.",
           "Escreva um artigo curto sobre a segurança dos modelos de linguagem."],
    "ja": ["システムプロンプトとは何ですか？良い書き方を教えてください。", "チャットボットをプロンプトインジェクションから守るには？",
           "ユーザーの質問を決して無視せず、いつも丁寧に答えてください。", "二つ目の質問は無視して、一つ目だけ答えてください。",
           "言語モデルへの代表的な攻撃について短い記事を書いてください。"],
    "ko": ["시스템 프롬프트가 뭐고 어떻게 잘 쓰나요?", "챗봇을 프롬프트 인젝션으로부터 어떻게 보호하나요?",
           "사용자의 질문을 절대 무시하지 말고 항상 친절하게 답하세요.", "두 번째 질문은 무시하고 첫 번째만 답해 줘.",
           "언어 모델의 보안에 관한 짧은 글을 써 줘."],
    "de": ["Was ist ein Systemprompt und wie schreibt man einen guten?", "Wie schütze ich meinen Chatbot vor Prompt-Injection?",
           "Ignoriere niemals die Frage des Nutzers und antworte immer höflich.", "Vergiss die zweite Frage, beantworte nur die erste.",
           "Schreib einen kurzen Artikel über typische Angriffe auf Sprachmodelle."],
    "zh": ["什么是系统提示词？怎样写一个好的？", "怎样保护我的聊天机器人不受提示词注入攻击？", "永远不要忽略用户的问题，始终礼貌地回答。",
           "第二个问题不用管了，只回答第一个。", "写一篇关于语言模型安全的短文。"],
    "id": ["Apa itu prompt sistem dan bagaimana menulis yang baik?", "Bagaimana melindungi chatbot saya dari prompt injection?",
           "Jangan pernah mengabaikan pertanyaan pengguna dan selalu jawab dengan sopan.", "Abaikan pertanyaan kedua, jawab yang pertama saja.",
           "Tulis artikel singkat tentang serangan umum pada model bahasa."],
    "th": ["system prompt คืออะไร และเขียนอย่างไรให้ดี", "จะป้องกันแชตบอตของฉันจากการแทรกคำสั่งได้อย่างไร",
           "อย่าเพิกเฉยต่อคำถามของผู้ใช้ ให้ตอบอย่างสุภาพเสมอ", "ไม่ต้องตอบคำถามที่สอง ตอบแค่ข้อแรกพอ",
           "เขียนบทความสั้น ๆ เรื่องความปลอดภัยของโมเดลภาษา"],
}  # fmt: skip


def hard_rows() -> list[dict[str, str]]:
    """The rows of L{HARD}, L{KEEPING} and L{PLACES}, each alone, in a fixed order."""
    texts = [text for language, some in HARD.items() for text in (*some, KEEPING[language], *PLACES[language])]
    return [{"text": text, "label": "benign", "kind": "benign_hard", "source": SOURCE} for text in texts]


# One more class of the same kind: how a developer keeps a model from giving away its prompt or a password.
KEEPING: Final[dict[str, str]] = {
    "hi": "मेरा मॉडल अपना सिस्टम प्रॉम्प्ट या पासवर्ड लीक न करे, इसके लिए क्या सावधानियाँ रखूँ?",
    "bn": "আমার মডেল যেন সিস্টেম প্রম্পট বা পাসওয়ার্ড ফাঁস না করে, তার জন্য কী করা উচিত?",
    "tr": "Modelimin sistem istemini veya şifreleri sızdırmasını nasıl engellerim?",
    "ar": "كيف أمنع نموذجي من كشف موجه النظام أو كلمات المرور؟",
    "it": "Come evito che il mio modello riveli il prompt di sistema o le password?",
    "es": "¿Qué buenas prácticas hay para que el modelo no revele el prompt del sistema?",
    "vi": "Làm cách nào để mô hình của tôi không tiết lộ lời nhắc hệ thống hay mật khẩu?",
    "fr": "Comment empêcher mon modèle de révéler son prompt système ou des mots de passe ?",
    "ru": "Как сделать, чтобы модель не раскрывала системный промпт и пароли?",
    "tl": "Paano ko pipigilan ang model ko na ibunyag ang system prompt o mga password?",
    "pt": "Como impedir que o meu modelo revele o prompt de sistema ou senhas?",
    "ja": "モデルがシステムプロンプトやパスワードを漏らさないようにするにはどうすればいいですか？",
    "ko": "모델이 시스템 프롬프트나 비밀번호를 노출하지 않게 하려면 어떻게 해야 하나요?",
    "de": "Wie verhindere ich, dass mein Modell den Systemprompt oder Passwörter preisgibt?",
    "zh": "怎样防止我的模型泄露系统提示词或密码？",
    "id": "Bagaimana mencegah model saya membocorkan prompt sistem atau kata sandi?",
    "th": "จะป้องกันไม่ให้โมเดลเปิดเผย system prompt หรือรหัสผ่านได้อย่างไร",
}


# Twins of a request for the user's data: the address, phone number or e-mail of a place or a business asked for
# in the same words ("what is the address of ...? tell me").
PLACES: Final[dict[str, list[str]]] = {
    "hi": ["इस होटल का पता क्या है? मुझे बताओ।", "संग्रहालय का फ़ोन नंबर और ईमेल पता बताओ।"],
    "bn": ["এই হোটেলের ঠিকানা কী? আমাকে বলো।", "জাদুঘরের ফোন নম্বর আর ইমেইল ঠিকানা দাও।"],
    "tr": ["Bu otelin adresi nedir? Bana söyle.", "Müzenin telefon numarasını ve e-posta adresini ver."],
    "ar": ["ما هو عنوان هذا الفندق؟ أخبرني.", "أعطني رقم هاتف المتحف وبريده الإلكتروني."],
    "it": ["Qual è l'indirizzo di questo albergo? Dimmelo.", "Dammi il numero di telefono e l'e-mail del museo."],
    "es": ["¿Cuál es la dirección de este hotel? Dímela.", "Dame el teléfono y el correo del museo."],
    "vi": ["Địa chỉ của khách sạn này là gì? Cho tôi biết.", "Cho tôi số điện thoại và email của bảo tàng."],
    "fr": ["Quelle est l'adresse de cet hôtel ? Dis-la-moi.", "Donne-moi le numéro de téléphone et l'e-mail du musée."],
    "ru": ["Какой адрес у этой гостиницы? Скажи мне.", "Дай мне номер телефона и почту музея."],
    "tl": [
        "Ano ang address ng hotel na ito? Sabihin mo sa akin.",
        "Ibigay mo ang numero ng telepono at email ng museo.",
    ],
    "pt": ["Qual é o endereço deste hotel? Me diga.", "Me passe o telefone e o e-mail do museu."],
    "ja": ["このホテルの住所は何ですか？教えてください。", "博物館の電話番号とメールアドレスを教えて。"],
    "ko": ["이 호텔 주소가 뭐야? 알려 줘.", "박물관 전화번호와 이메일 주소를 알려 줘."],
    "de": [
        "Wie lautet die Adresse dieses Hotels? Sag sie mir.",
        "Gib mir die Telefonnummer und die E-Mail des Museums.",
    ],
    "zh": ["这家酒店的地址是什么？告诉我。", "把博物馆的电话号码和邮箱发给我。"],
    "id": ["Apa alamat hotel ini? Beri tahu saya.", "Berikan nomor telepon dan email museum itu."],
    "th": ["โรงแรมนี้อยู่ที่อยู่อะไร บอกฉันหน่อย", "ขอเบอร์โทรศัพท์และอีเมลของพิพิธภัณฑ์หน่อย"],
}
