"""Hindi: rules as data.

Devanagari has no capital letters: a name after a title runs until a
postposition, a function word or punctuation (``NAME_ENDERS``), and must not
contain a word of ``NAME_STOP_WORDS``. Regular expressions (the ``*_CUES``)
are matched against one sentence.
"""

CODE = "hi"
SCRIPT = "Deva"

# Postpositions, conjunctions and auxiliaries: language detection counts
# them, and a name written in Devanagari (which has no capitals) ends at one.
FUNCTION_WORDS = frozenset(
    """ने से के की का को में पर और भी है हैं था थी थे हो हुआ हुई हुए कि यह वह इस उस ये वे एक तथा एवं
    लिए साथ द्वारा तक ही तो या अपने अपनी अपना जो कर करने किया गया गई गए रहा रही रहे""".split()
)
# English's brief words (en.py) are for a script that capitalises names; a Hindi brief is judged by its function words.
BRIEF_WORDS = frozenset()

# Abbreviations whose full stop does not end a sentence. Hindi ends
# sentences with the danda (।) or, in scraped text, a full stop.
ABBREVIATIONS = frozenset("डॉ श्री सं ले जन".split())

PROMO_MARKERS = ("यह भी पढ़ें", "ये भी पढ़ें", "इसे भी पढ़ें", "यह भी पढ़े", "इसे भी पढ़े", "ये भी पढ़े")
PROMO_BAR_MARKERS = ("पढ़ें",)

# --- People -----------------------------------------------------------------

ROLE_TITLES = {
    "defence_minister": ("रक्षा मंत्री", "रक्षामंत्री"),
    "foreign_minister": ("विदेश मंत्री", "विदेशमंत्री"),
    "home_minister": ("गृह मंत्री", "गृहमंत्री"),
    "finance_minister": ("वित्त मंत्री", "वित्तमंत्री"),
    "trade_minister": ("वाणिज्य मंत्री", "व्यापार मंत्री"),
    "prime_minister": ("प्रधानमंत्री", "प्रधान मंत्री", "चांसलर", "पीएम"),
    "deputy_prime_minister": ("उप प्रधानमंत्री", "उपप्रधानमंत्री"),
    "president": ("राष्ट्रपति",),
    "vice_president": ("उपराष्ट्रपति", "उप राष्ट्रपति"),
    "chief_minister": ("मुख्यमंत्री", "मुख्य मंत्री", "सीएम"),
    "minister": ("मंत्री", "केंद्रीय मंत्री"),
    "national_security_adviser": ("राष्ट्रीय सुरक्षा सलाहकार", "एनएसए", "नेशनल सिक्योरिटी एडवाइजर"),
    "chief_of_defence_staff": ("चीफ ऑफ डिफेंस स्टाफ", "सीडीएस"),
    "army_chief": ("सेना प्रमुख", "थलसेना प्रमुख", "थल सेना प्रमुख", "सेनाध्यक्ष", "थलसेनाध्यक्ष", "आर्मी चीफ"),
    "navy_chief": ("नौसेना प्रमुख", "नौसेनाध्यक्ष", "नेवी चीफ"),
    "air_chief": ("वायुसेना प्रमुख", "वायु सेना प्रमुख", "वायुसेनाध्यक्ष", "एयर चीफ"),
    "foreign_secretary": ("विदेश सचिव",),
    "defence_secretary": ("रक्षा सचिव",),
    "secretary_general": ("महासचिव",),
    # Not "सचिव" alone: a common noun too ("कंपनी सचिव, कॉस्ट एकाउंटेंसी …", a list of professions).
    "secretary": (
        "संयुक्त सचिव", "अतिरिक्त सचिव", "अपर सचिव", "सहायक सचिव", "उप सचिव", "अवर सचिव", "मुख्य सचिव",
        "प्रमुख सचिव", "कैबिनेट सचिव", "मंत्रिमंडल सचिव", "गृह सचिव", "प्रेस सचिव",
        # A party's general secretaries: "भाजपा के प्रदेश संगठन महामंत्री X", "सपा के राष्ट्रीय महासचिव Y".
        "महामंत्री", "संगठन महामंत्री", "प्रदेश संगठन महामंत्री", "प्रदेश महामंत्री", "राष्ट्रीय महामंत्री", "राष्ट्रीय महासचिव",
    ),
    "ambassador": ("राजदूत", "उच्चायुक्त"),
    "spokesperson": ("प्रवक्ता",),
    "head": (
        "प्रमुख", "अध्यक्ष", "चेयरमैन", "निदेशक", "महानिदेशक", "सीईओ", "प्रबंध निदेशक", "एमडी", "मुख्य कार्यकारी अधिकारी",
        "संस्थापक",
    ),
    "legislator": ("सांसद", "विधायक"),
    "judge": ("न्यायाधीश", "न्यायमूर्ति", "जस्टिस", "जज", "मुख्य न्यायाधीश"),
    "speaker": ("स्पीकर", "लोकसभा अध्यक्ष"),
    "governor": ("राज्यपाल",),
    "lieutenant_governor": ("उपराज्यपाल", "उप राज्यपाल", "लेफ्टिनेंट गवर्नर"),
    "mayor": ("महापौर", "मेयर"),
    "commissioner": ("आयुक्त", "पुलिस आयुक्त", "पुलिस कमिश्नर", "कमिश्नर", "चुनाव आयुक्त"),
    "district_magistrate": ("जिलाधिकारी", "ज़िलाधिकारी", "जिला मजिस्ट्रेट", "जिलाधीश", "कलेक्टर", "जिला कलेक्टर", "उपायुक्त"),
    "leader_of_opposition": ("नेता प्रतिपक्ष", "विपक्ष के नेता"),
    "king": ("राजा", "सम्राट", "महारानी"),
    "crown_prince": ("युवराज",),
    "commander_in_chief": (
        "कमांडर-इन-चीफ", "जनरल ऑफिसर कमांडिंग-इन-चीफ", "फ्लैग ऑफिसर कमांडिंग-इन-चीफ", "एयर ऑफिसर कमांडिंग-इन-चीफ",
        "जनरल ऑफिसर कमांडिंग", "कमांडर इन चीफ",
    ),
}

RANKS_AS_OFFICES = {}  # Hindi names the body first: "इंडो-पैसिफिक कमांड के कमांडर" (the rules of "के")

RANKS = (
    "फील्ड मार्शल", "एयर चीफ मार्शल", "एयर मार्शल", "कर्नल जनरल", "लेफ्टिनेंट जनरल", "ले. जनरल",
    "मेजर जनरल", "ब्रिगेडियर जनरल", "ब्रिगेडियर", "जनरल", "लेफ्टिनेंट कर्नल", "कर्नल", "मेजर", "कैप्टन",
    "एडमिरल", "वाइस एडमिरल", "रियर एडमिरल", "कमोडोर", "कमांडर", "लेफ्टिनेंट",
)

HONORIFICS = ("श्री", "श्रीमती", "सुश्री", "डॉ.", "डॉ", "डॉक्टर", "प्रो.", "प्रोफेसर", "महामहिम", "शेख", "शेख़", "सर")
NAME_HONORIFICS = ("शेख", "शेख़")
# Titles that are also adjectives: "प्रमुख" is a head ("भाजपा प्रमुख जेपी नड्डा") and "major" ("एक प्रमुख उद्देश्य
# गरीबी उन्मूलन रहा", "प्रमुख खनिज कोयला"); after one, a common word of the language is no name's first word.
ADJECTIVE_TITLES = ("प्रमुख",)
# The officers of a company or a body, named after it and a genitive: "टाटा संस के चेयरमैन", "आदित्य बिड़ला समूह के
# सीईओ" (``officer_bodies``), and the words that may qualify them there ("… के पूर्व अध्यक्ष").
COMPANY_OFFICE_TITLES = ("चेयरमैन", "अध्यक्ष", "सीईओ", "प्रबंध निदेशक", "एमडी", "मुख्य कार्यकारी अधिकारी", "संस्थापक")
# Words for a kind of body, which before an officer name none ("कंपनी के सीईओ": which, the text does not say there).
OFFICER_BODY_GENERICS = frozenset("कंपनी कंपनियों फर्म उद्योग संगठन संगठनों मंडल यूनियन मोर्चा ट्रस्ट टीम क्लब".split())
OFFICER_MODIFIERS = frozenset("पूर्व राष्ट्रीय प्रदेश कार्यवाहक कार्यकारी नवनियुक्त वर्तमान संयुक्त सह".split())
COMPANY_OFFICERS = ()  # English's "MD of …" (en.py); Hindi names the body first ("टाटा संस के चेयरमैन")
OFFICES_WITH_A_DOMAIN = frozenset()  # English's domains after "of" (en.py); Hindi names them before the office
OFFICE_DOMAINS = ()  # see ``en``: a Hindi office names its domain before it ("वाणिज्य राज्य मंत्री")

# Family words that introduce a name without giving an office ("अपनी पत्नी सुदेश धनखड़ के साथ"): see en.py.
KIN_WORDS = ("पत्नी", "धर्मपत्नी", "पति", "प्रथम महिला")
PERSON_VERBS_AFTER = frozenset()  # see ``en``: Hindi's verb ends the clause, and "ने" follows bodies too

COUNTERPART_WORDS = ("समकक्ष", "समकक्षों")
PLURAL_TITLES = ("समकक्षों",)

# "अपने बेलारूसी समकक्ष": "his/her own" before a qualifier or a title.
POSSESSIVE_PRONOUNS = ("अपने", "अपनी", "अपना", "उनके", "उनकी", "उनका")
# An adjective of nationality the gazetteer may not know ("जापानी", "ईरानी")
# ends in -ी; it qualifies a title, though its country stays unknown.
DEMONYM_LIKE = r"[\u0900-\u097f]+ी"

# No genitive suffix in Hindi: a postposition (``GENITIVE_MARKERS``) instead.
POSSESSIVE_SUFFIXES = ()

# "बेलारूस के रक्षा मंत्री": a country, a genitive postposition, a title.
GENITIVE_MARKERS = ("के", "की", "का")

# The country comes before the title ("बेलारूस के रक्षा मंत्री"), never after.
COUNTRY_AFTER_TITLE = None

# No capitals: a name runs until one of ``NAME_ENDERS`` (or punctuation).
NAMES_CAPITALISED = False
# Words inside Arabic names ("मोहम्मद बिन सलमान", "जायद अल नाहयान"): part of the name, not counted as name words.
NAME_PARTICLES = frozenset("बिन बिंत इब्न अल".split())
# Words a name never contains.
NAME_ENDERS = frozenset(
    """ने से के की का को में पर और भी है हैं था थी थे हो ही तो या तथा एवं व साथ द्वारा तक लिए ओर
    समेत सहित जी""".split()
)
NAME_STOP_WORDS = frozenset(
    """यह वह इस उस ये वे एक दो तीन चार पांच पाँच छह सात आठ नौ दस सौ हजार लाख करोड़ कई सभी दोनों कुछ हर
    अपने अपनी अपना उनके उनकी उनका उन्होंने उन्हें आज कल परसों अब फिर बाद पहले अभी हाल यहां वहां जहां यहाँ
    वहाँ जहाँ जब तब कि जो नहीं न भी ही केवल सिर्फ लगभग करीब बहुत अधिक कम नए नई नया पुराने पूर्व वर्तमान
    सम्मेलन बैठक बैठकों मुलाकात मुलाक़ात भेंट शिष्टाचार वार्ता बातचीत चर्चा यात्रा दौरे दौरा दौरान राजधानी शहर देश देशों क्षेत्र
    क्षेत्रीय राष्ट्रीय अंतरराष्ट्रीय द्विपक्षीय बहुपक्षीय सुरक्षा रक्षा सहयोग सदस्य राष्ट्रों मंत्रियों मंत्रालय
    सरकार सेना सैन्य प्रमुख अधिकारी अधिकारियों सूत्रों प्रतिनिधिमंडल शामिल होने पहुंचे पहुँचे कहा बताया कहना
    कर करने किया करेंगे करेगा करेगी करते करती सकते सकता सकती रहे रहा रही गए गया गई हुए हुआ हुई वाले वाली
    वाला साथ-साथ ट्वीट ट्विटर बयान मुद्दों मुद्दे मुद्दा संबोधन भारत विदेश गृह वित्त प्रधानमंत्री राष्ट्रपति
    मंत्री समकक्ष जनरल कर्नल लेफ्टिनेंट श्री योजना आवास कार्यालय भवन निवास पद स्तर स्तरीय चुनाव कार्यक्रम
    मिशन नीति अभियान कोष राहत सम्मान पुरस्कार कैबिनेट मंत्रिमंडल परिषद संसद सभा लोकसभा राज्यसभा विधानसभा
    पार्टी दल गठबंधन समझौता समझौते संधि घोषणा फैसला निर्णय आदेश प्रस्ताव विधेयक कानून नियम रिपोर्ट जांच
    मामले मामला मामलों सवाल जवाब प्रश्न उत्तर दिन दिनों सप्ताह महीने साल वर्ष समय बार तरफ ओर बीच पास
    सोमवार मंगलवार बुधवार गुरुवार बृहस्पतिवार शुक्रवार शनिवार रविवार सुबह शाम रात दोपहर
    लिए द्वारा बारे जरिए तहत अनुसार मुताबिक खिलाफ विरुद्ध बिना सहित समेत अलावा जैसे जैसा तरह प्रति हेतु
    ने से के की का को में पर और तथा एवं व या है हैं था थी थे हो होगा होगी होंगे मौजूद उपस्थित कार्यभार
    शपथ पदभार संभाला इस्तीफा नियुक्त नियुक्ति सीमा सीमाओं व्यापार निवेश ऊर्जा आतंकवाद शांति विकास
    आर्थिक रणनीतिक संयुक्त अभ्यास प्रशिक्षण उत्पादन संबंध संबंधों रिश्ते रिश्तों विश्वास हित हितों
    प्रयास प्रयासों चुनौतियों चुनौती खतरा खतरे मुख्य विशेष आधिकारिक औपचारिक स्वागत धन्यवाद बधाई
    जी साहब महोदय
    हिस्सा भाग नेतृत्व अध्यक्षता प्रतिनिधित्व संबोधित रवाना वापस जल्द शीघ्र स्वयं खुद
    लेंगे लेगा लेगी देंगे देगा देगी होंगे रहेंगे जाएंगे आएंगे पहुंचेंगे मिलेंगे लिया लिए दिया दी दिए
    लेते लेती देते देती जाते जाती आते आती रहते रहती होते होती
    अगले अगली अगला पिछले पिछली पिछला आगामी""".split()
)
# Word endings that mark an adjective, an inflected noun or a verb, never a name:
# "-ीय" (क्षेत्रीय), "-ों" (oblique plural), the future "-ेंगे/-ेगा/-ेगी/-ेंगी"
# (लौटेंगे, and -एंगे after a vowel: आएंगे) and its first and second persons (-ूंगा, -ूंगी, -ोगे): after a title,
# "रक्षा मंत्री हिस्सा लेंगे" is "the defence ministers will take part", not a name.
# (Not the singular -ेगा/-ेगी: names end so too, Ortega ओर्टेगा, Vega वेगा; a title takes the
# respectful plural anyway, and the common singular verbs are stop words.)
NAME_STOP_SUFFIXES = ("ीय", "ों", "ियों", "ेंगे", "ेंगी", "एंगे", "एंगी", "ूंगा", "ूंगी", "ूँगा", "ूँगी", "ोगे")

SURNAMES_AMONG_STOP_WORDS = frozenset()  # see ``en``: Hindi stop words are no family names
SUBJECT_PRONOUNS = frozenset({"उन्होंने", "वह", "वे", "उसने"})
PAIR_REFERENCES = (
    r"दोनों\s+(?:(?:रक्षा|विदेश)\s+)?(?:मंत्रियों|नेताओं|मंत्री|नेता|पक्षों|पक्ष|प्रमुखों)(?![\u0900-\u0963\u0966-\u097f])",
    # "… की बैठक के दौरान दोनों ने चर्चा की": the two, as the subject.
    r"दोनों(?=\s+(?:ही\s+)?(?:ने|के\s+बीच)(?![\u0900-\u0963\u0966-\u097f]))",
)
DEFINITE_ARTICLES = frozenset()

# --- Dates ---------------------------------------------------------------------

WEEKDAYS = {
    "सोमवार": 0, "मंगलवार": 1, "बुधवार": 2, "गुरुवार": 3, "बृहस्पतिवार": 3, "शुक्रवार": 4, "शनिवार": 5,
    "रविवार": 6,
}
MONTHS = {
    "जनवरी": 1, "फरवरी": 2, "फ़रवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6, "जुलाई": 7,
    "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10, "नवंबर": 11, "नवम्बर": 11,
    "दिसंबर": 12, "दिसम्बर": 12,
}
# "कल" is yesterday for a past event and tomorrow for a future one.
# A weekday in another calendar week (see ``en``): "पिछले सप्ताह सोमवार को", "अगले हफ्ते शुक्रवार को".
WEEK_SHIFTS = (
    (r"(?:पिछले|पिछली|बीते|गत)\s+(?:सप्ताह|हफ्ते|हफ़्ते)(?:\s+(?:के|की))?", -1),
    (r"(?:अगले|अगली|आगामी)\s+(?:सप्ताह|हफ्ते|हफ़्ते)(?:\s+(?:के|की))?", 1),
)
RELATIVE_DAYS = {"आज": 0, "कल": None, "परसों": None}
# Hindi names the group after its people ("A, B और C सहित कई नेताओं से"): no cue before them.
# Lists of those who met someone after a relative clause: English's (see en.py); Hindi says "मिलने वालों
# में A, B शामिल थे", not read yet.
RELATIVE_BEFORE_CUE = ""
LISTED_AFTER_RELATIVE = ""
SUBJECT_BEFORE_RELATIVE = ""
INCLUDING_CUES = ()
# Periods before the report's own days ("पिछले साल", "जुलाई में", "2019 में"; see ``en.LAST_YEAR_WORDS``).
LAST_YEAR_WORDS = ("पिछले साल", "पिछले वर्ष", "पिछली साल", "गत वर्ष", "गत साल", "बीते साल", "बीते वर्ष", "एक साल पहले")
LAST_MONTH_WORDS = ("पिछले महीने", "पिछले माह", "गत माह", "गत महीने", "बीते महीने", "बीते माह", "एक महीने पहले")
MONTH_PERIOD = (
    r"(?<![0-9\u0966-\u096f]\s)(?<![\u0900-\u097f])(?P<monthname>{months})(?:\s+(?P<year>{year}))?"
    r"\s+(?:(?:के\s+)?(?:महीने|माह)\s+)?(?:में|की\s+शुरुआत\s+में|के\s+अंत\s+में)(?![\u0900-\u097f])"
)
YEAR_PERIOD = r"(?<![0-9\u0966-\u096f])(?P<year>{year})\s+(?:में|की\s+शुरुआत\s+में)(?![\u0900-\u097f])"
CREDENTIALS_WORDS = (r"(?:परिचय|प्रत्यय)\s+पत्र",)
CREDENTIALS_RECEIVER_AFTER = ()
CREDENTIALS_RECEIVER_BEFORE = (r"\s*को\s+(?:अपने\s+)?(?:परिचय|प्रत्यय)\s+पत्र",)
HERE_WORDS = (r"(?<![\u0900-\u097f])(?:यहां|यहाँ)(?![\u0900-\u0963\u0966-\u097f])",)
JUNIOR_TITLE_MODIFIERS = ("उप", "सहायक", "अपर", "अतिरिक्त", "संयुक्त")
# "अधिकारियों ने शुक्रवार को बताया कि …": the date of the report (see ``en``).
REPORT_DATE_BEFORE = ""
REPORT_DATE_AFTER = r"\s*(?:को\s+)?(?:यहां\s+)?(?:कहा|बताया|जानकारी\s+दी|ट्वीट\s+किया|घोषणा\s+की)(?![\u0900-\u0963\u0966-\u097f])"
ATTRIBUTION_VERBS_AFTER = frozenset()  # see ``en``: Hindi names its source first ("X ने कहा कि …")
ATTRIBUTION_CLAUSE_WORDS = frozenset()

# --- Meetings ------------------------------------------------------------------

# Every meeting cue below contains one of these words (a fast first pass).
CUE_WORDS = (
    "मुलाकात", "मुलाक़ात", "भेंट", "वार्ता", "बातचीत", "बैठक", "मीटिंग", "मिले", "मिलीं", "मिली", "मिला",
    "मिलेंगे", "मिलेंगी", "मिलेगा", "मिलेगी", "मिलने", "फोन", "फ़ोन", "टेलीफोन", "टेलीफ़ोन", "स्वागत",
    "बैठकें", "बैठकों", "मुलाकातें", "वार्ताएं", "वार्ताएँ", "चर्चा", "बात", "समीक्षा", "कॉल", "वर्चुअल", "सौंपे", "सौंपा",
    "प्रस्तुत", "पेश", "विमर्श", "ब्रेकफास्ट", "नाश्ता", "लंच", "डिनर", "भोज", "रात्रिभोज", "भोजन", "सम्मान",
    "अगवानी", "मेजबानी", "मेज़बानी", "स्वीकार", "मिलकर", "मिल", "आभासी", "ऑनलाइन", "मंथन",
)

_MEETING_NOUN = (
    r"(?:मुलाकातें|मुलाक़ातें|मुलाकात|मुलाक़ात|भेंट|वार्ताएं|वार्ताएँ|वार्ता|बातचीत|बैठकें|बैठकों|बैठक|मीटिंग|शिखर\s+वार्ता)"
)
# Talking with someone: "X ने Y से बात की", "X और Y ने … पर चर्चा की". "बात" is also "a matter" and
# "चर्चा" "talk of the town": only as the verb's noun, with the light verb ending the clause.
_TALK_NOUN = r"(?:चर्चा|बात|समीक्षा)"  # "X ने Y के साथ सहयोग की समीक्षा की": reviewing with someone is meeting them
_PHONE = r"(?:फोन|फ़ोन|टेलीफोन|टेलीफ़ोन|दूरभाष|वीडियो\s+कॉल|फोन\s+कॉल|कॉल|वीडियो\s+कॉन्फ्रेंस|वीडियो\s+कॉन्फ्रेंसिंग)"
# The past light verb ends the clause, or an auxiliary or conjunction follows it:
# in "बैठक की संभावना" (the possibility of a meeting) "की" is a postposition.
_CLAUSE_END = r"(?=\s*(?:$|[.।,;:\"”’)]|(?:थी|था|थे|थीं|है|हैं|और|तथा|एवं|व|जिसमें|जहां|जहाँ|जिसके|लेकिन|तो)(?![\u0900-\u0963\u0966-\u097f])))"
HELD_CUES = (
    _MEETING_NOUN + r"\s+(?:भी\s+)?(?:की|कीं|किया|हुई|हुआ|हुईं)" + _CLAUSE_END,
    # What the meeting was: "Y से उनकी बातचीत सार्थक रही", "बैठक बेहद सफल रही".
    _MEETING_NOUN + r"\s+(?:बेहद\s+|बहुत\s+|काफी\s+|काफ़ी\s+)?(?:सार्थक|अच्छी|अच्छा|सफल|सकारात्मक|उपयोगी|शानदार|रचनात्मक"
    r"|उत्पादक|गर्मजोशी\s+भरी)\s+(?:रही|रहा|रहीं|रहे)" + _CLAUSE_END,
    r"(?<![\u0900-\u0963\u0966-\u097f])" + _TALK_NOUN + r"\s+(?:भी\s+)?(?:की|कीं|हुई)" + _CLAUSE_END,
    # Deliberating with someone: "X ने Y के साथ … पर विचार-विमर्श किया", "… पर भी मंथन किया".
    r"(?<![\u0900-\u0963\u0966-\u097f])(?:विचार-विमर्श|विचार\s+विमर्श|मंथन)\s+(?:भी\s+)?(?:किया|हुआ)" + _CLAUSE_END,
    # A headline puts the light verb first: "X ने Y से की मुलाकात", "… से की रक्षा सहयोग पर चर्चा".
    r"(?:से|के\s+साथ)\s+(?:भी\s+)?(?:की|कीं)\s+(?:[\u0900-\u097f]+\s+){0,5}?(?:"
    + _MEETING_NOUN[3:-1] + "|" + _TALK_NOUN[3:-1] + r")(?![\u0900-\u0963\u0966-\u097f])",
    # The meeting as the subject, its verb a few words on: "A और B की मुलाकात सिडनी में हुई", "X की Y के साथ बैठक करीब
    # 45 मिनट चली", "A और B की बैठक में सहयोग पर चर्चा हुई", "X की Y से यह पहली मुलाकात थी". Not when a word between
    # denies, doubts, plans or calls it off ("… नहीं हुई", "… की संभावना थी", "… रद्द हो गई थी"), nor "मुलाकात करने …"
    # (the verb's own noun).
    # A few words may qualify the noun, none of them a case marker (which would take a person in): "A और B की बाली
    # में मुलाकात हुई", "… की निजी मुलाकात हुई".
    r"(?:(?<=\sकी\s)|(?<=\sसाथ\s)|(?<=\sसे\s))(?:(?:यह|इस|पहली|संक्षिप्त|अहम|महत्वपूर्ण|द्विपक्षीय|अनौपचारिक|औपचारिक"
    r"|आमने-सामने\s+की|(?!(?:से|को|ने|के|की|का|साथ|और|तथा|एवं|व|भी)\s)[\u0900-\u097f]+)\s+){0,3}?" + _MEETING_NOUN
    + r"(?=(?:\s+(?!(?:नहीं|न|सकी|सका|सकीं|संभावना|उम्मीद|योजना|प्रस्तावित|होनी|होने|होगी|होगा|कर|करने|करके|करेंगे|करेंगी"
    r"|रद्द|स्थगित|टल|टली|टला|टाल|टाली)(?![\u0900-\u0963\u0966-\u097f]))[^\s।.;,:]+){0,8}?\s+(?:हुई|हुआ|हुए|हुईं|चली|चला|चलीं|थी|था|बनी)" + _CLAUSE_END[3:-1]
    + r")",
    # The pleasure of a meeting, in a post or a statement: "Y से मिलकर खुशी हुई", "Y से बात करके अच्छा लगा", "Y का स्वागत
    # करके प्रसन्नता हुई".
    r"(?<![\u0900-\u0963\u0966-\u097f])(?:से|के\s+साथ|का)\s+(?:भी\s+)?(?:मिलकर|मिल\s+कर|(?:मुलाकात|बात|बातचीत|चर्चा|स्वागत)"
    r"\s+(?:करके|कर\s+के|कर))\s+(?:[^\s।.,;]+\s+){0,2}?(?:खुशी|ख़ुशी|प्रसन्नता|अच्छा|आनंद|हर्ष|गर्व|सम्मानित)"
    r"(?![\u0900-\u0963\u0966-\u097f])",
    # Having met: "Y से मुलाकात कर …", "… करने के बाद"; meeting now: "Y से मुलाकात कर रहे हैं".
    _MEETING_NOUN + r"\s+(?:कर|करके|करने\s+के\s+बाद)(?![\u0900-\u0963\u0966-\u097f])(?!\s+(?:सकते|सकती|सकता|सकें|सके))",
    r"(?:से|के\s+साथ)\s+(?:भी\s+)?(?:मिले|मिलीं|मिली|मिला)" + _CLAUSE_END,
    # Having met, then done something: "X ने Y से मिलकर उन्हें ज्ञापन सौंपा". Only "से" ("के साथ मिलकर" is "together
    # with"), and not what is wished or still to come ("… मिलकर बात करना चाहते हैं", "… रखेंगे") nor what a thing is
    # made of ("तीन सदस्यों से मिलकर बनी").
    r"(?<![\u0900-\u0963\u0966-\u097f])से\s+(?:भी\s+)?(?:मिलकर|मिल\s+कर)(?![\u0900-\u0963\u0966-\u097f])"
    r"(?![^।.;?]*?(?:ेंगे|ेंगी|ेगा|ेगी|एंगे|एंगी|सकते|सकती|सकता|सकें|सके|चाहते|चाहती|चाहता|चाहिए|बना|बनी|बने|बनता|बनती"
    r"|योजना|प्रस्ताव|नहीं)(?![\u0900-\u0963\u0966-\u097f]))(?=[^।.;?]*?(?:दी|दिया|दिए|किया|की|कीं|सौंपा|सौंपी|सौंपे"
    r"|कहा|बताया|बताई|रखी|रखा|रखे|दीं)(?![\u0900-\u0963\u0966-\u097f]))",
    # The guest first, then the host: "X का रक्षा मंत्री Y ने सोमवार को … स्वागत किया" (``GUEST_BEFORE_HOST``).
    r"(?<![\u0900-\u0963\u0966-\u097f])(?:(?:गर्मजोशी|आत्मीयता)\s+से\s+|(?:भव्य|औपचारिक|जोरदार|ज़ोरदार|शानदार|पारंपरिक|हार्दिक|आत्मीय)\s+)?"
    r"स्वागत\s+किया" + _CLAUSE_END,
    # Two who met, with no one marked met: "A और B सोमवार को दिल्ली में मिले" (the subjects, coordinated).
    r"(?<![\u0900-\u0963\u0966-\u097f])(?:मिले|मिलीं)(?:\s+(?:थे|थीं))?" + _CLAUSE_END,
    # The passive of a press release: "X द्वारा Y से मुलाकात की गई" (``ERGATIVE_MARKERS``: "द्वारा").
    r"(?:से|के\s+साथ)\s+(?:भी\s+)?" + _MEETING_NOUN + r"\s+(?:की|कीं)\s+(?:गई|गईं|गयी)" + _CLAUSE_END,
    # A headline's order, the subject after the verb: "जयशंकर से मिले ब्लिंकन, …" (``HEADLINE_SUBJECT_AFTER``).
    r"(?:से|के\s+साथ)\s+(?:मिले|मिलीं)(?=\s+(?:[\u0900-\u097f]+\s+){0,3}[\u0900-\u097f]+\s*(?:$|[,:;।|]|\s[-–—]))",
    # "Y से मिलने के बाद X ने कहा" (after meeting Y); "X, Y से मिलने राजभवन पहुंचे" (went to meet Y): it took place.
    r"(?<![\u0900-\u0963\u0966-\u097f])(?:से|के\s+साथ)\s+(?:भी\s+)?मिलने\s+के\s+(?:बाद|दौरान)(?![\u0900-\u0963\u0966-\u097f])",
    r"(?<![\u0900-\u0963\u0966-\u097f])(?:से|के\s+साथ)\s+(?:भी\s+)?मिलने\s+(?:[\u0900-\u097f]+\s+){0,3}?"
    r"(?:पहुंचे|पहुँचे|पहुंचीं|पहुंचा|पहुंची)" + _CLAUSE_END,
    # After or during a meeting with someone: "Y के साथ बैठक के बाद X ने ट्वीट किया", "X की Y से मुलाकात के
    # बाद …" — the meeting took place; its subject is the possessor before or the subject after.
    # "… से फोन पर हुई बातचीत के एक दिन बाद": by telephone, a day after.
    r"(?<![\u0900-\u0963\u0966-\u097f])(?:से|के\s+साथ)\s+(?:फोन\s+पर\s+|फ़ोन\s+पर\s+|टेलीफोन\s+पर\s+)?(?:हुई\s+)?"
    r"(?:अपनी\s+|उनकी\s+)?(?:मुलाकात|मुलाक़ात|बैठक|बातचीत|वार्ता|भेंट|द्विपक्षीय\s+वार्ता|द्विपक्षीय\s+बैठक)\s+के\s+"
    r"(?:(?:एक|दो|कुछ|चंद)\s+(?:दिन|घंटे|घंटों|मिनट|दिनों)\s+)?(?:बाद|दौरान)(?![\u0900-\u0963\u0966-\u097f])",
    # A meeting told as past, inside another statement: "X ने Y के साथ (पिछले साल) हुई (अपनी) बैठक का जिक्र
    # किया", "… Y से हुई मुलाकात के बारे में बताया".
    r"(?<![\u0900-\u0963\u0966-\u097f])(?:के\s+साथ|से)\s+(?:[\u0900-\u097f\d]+\s+){0,4}?(?:हुई|हुईं)\s+"
    r"(?:अपनी\s+|उनकी\s+|इस\s+|पिछली\s+)?(?:मुलाकात|मुलाक़ात|बैठक|बातचीत|वार्ता|भेंट|द्विपक्षीय\s+वार्ता|द्विपक्षीय\s+बैठक)"
    r"(?![\u0900-\u0963\u0966-\u097f])",
    # Credentials: "X ने राष्ट्रपति Y को परिचय पत्र सौंपे / प्रस्तुत किए".
    r"(?<![\u0900-\u0963\u0966-\u097f])को\s+(?:अपने\s+|अपना\s+)?(?:परिचय\s+पत्र|परिचय-पत्र|प्रत्यय\s+पत्र)\s+(?:सौंपे|सौंपा|प्रस्तुत\s+किए|प्रस्तुत\s+किया|पेश\s+किए|पेश\s+किया)"
    + _CLAUSE_END,
    # The receiver's side: "राष्ट्रपति X ने राजदूत Y से परिचय पत्र स्वीकार किए".
    r"(?<![\u0900-\u0963\u0966-\u097f])से\s+(?:उनके\s+)?(?:परिचय\s+पत्र|परिचय-पत्र|प्रत्यय\s+पत्र)\s+स्वीकार\s+(?:किए|किया|कीं|की)"
    + _CLAUSE_END,
    # A meal together: "X ने Y के साथ ब्रेकफास्ट किया"; a banquet in someone's honour: "X ने Y के सम्मान में भव्य
    # स्वागत समारोह आयोजित किया" (the genitive marks the guest, as with "स्वागत किया" below).
    r"(?<![\u0900-\u0963\u0966-\u097f])(?:ब्रेकफास्ट|नाश्ता|लंच|डिनर|भोज|रात्रिभोज|दोपहर\s+का\s+भोजन)\s+(?:भी\s+)?(?:किया|की|कीं)"
    + _CLAUSE_END,
    r"(?<![\u0900-\u0963\u0966-\u097f])के\s+सम्मान\s+में\s+(?:[\u0900-\u097f]+\s+){0,3}?(?:भोज|रात्रिभोज|स्वागत\s+समारोह|डिनर|लंच|"
    r"भोज\s+समारोह)\s+(?:का\s+)?(?:आयोजन\s+किया|आयोजित\s+किया|दिया|की\s+मेजबानी\s+की|की\s+मेज़बानी\s+की)" + _CLAUSE_END,
    # "X ने Y का स्वागत किया": welcoming someone is meeting them; the genitive marks the guest here. So does
    # receiving and hosting someone: "X ने Y की अगवानी की", "X ने A और B की मेजबानी की" (hosting an event,
    # "भारत ने जी20 की मेजबानी की", names nobody met).
    r"(?<![\u0900-\u0963\u0966-\u097f])(?:का|की|के)\s+(?:(?:भव्य|औपचारिक|जोरदार|ज़ोरदार|शानदार|पारंपरिक|हार्दिक|आत्मीय)\s+"
    r"|गर्मजोशी\s+से\s+)?स्वागत\s+किया" + _CLAUSE_END,
    r"(?<![\u0900-\u0963\u0966-\u097f])(?:की|का|के)\s+(?:भव्य\s+)?(?:अगवानी|मेजबानी|मेज़बानी)\s+की" + _CLAUSE_END,
)
# The perfective participle before a meeting noun, "X और Y के बीच हुई बैठक" (the meeting that took
# place between X and Y): held, but only between the people marked by ``BETWEEN_MARKERS``.
ALL_PARTICIPANTS_AFTER_CUES = ()  # see ``en``: Hindi marks them with ``BETWEEN_MARKERS``
BETWEEN_HELD_CUES = (r"(?<![\u0900-\u0963\u0966-\u097f])(?:हुई|हुए|हुआ|हुईं)\s+" + _MEETING_NOUN + r"(?![\u0900-\u0963\u0966-\u097f])",)
CALL_CUES = (
    _PHONE + r"\s+(?:पर|के\s+जरिए|के\s+ज़रिए|के\s+माध्यम\s+से)\s+(?:भी\s+|अलग-अलग\s+|अलग\s+अलग\s+)?(?:बात|बातचीत|वार्ता|चर्चा|बैठक)\s+(?:भी\s+)?"
    r"(?:की|कीं|हुई|हुआ)(?![\u0900-\u0963\u0966-\u097f])",
    _PHONE + r"\s+पर\s+(?:की|कीं)\s+(?:बात|बातचीत|वार्ता|चर्चा)(?![\u0900-\u0963\u0966-\u097f])",
    r"(?:टेलीफोन|टेलीफ़ोन|फोन|फ़ोन|टेलीफोनिक|वर्चुअल)\s+(?:वार्ता|बातचीत|बैठक)\s+(?:भी\s+)?(?:की|कीं|हुई)(?![\u0900-\u0963\u0966-\u097f])",
    # "X ने Y को फोन करके बधाई दी", "… को फोन किया": X called Y.
    r"(?<=को\s)" + _PHONE + r"\s+(?:कर|करके|करकर|किया|किए|किये)(?![\u0900-\u0963\u0966-\u097f])",
    # "… को अफगानिस्तान से फोन करके बधाई दी": where the call was made from, between.
    r"(?<=से\s)" + _PHONE + r"\s+(?:करके|कर\s+के|कर)(?![\u0900-\u0963\u0966-\u097f])",
    # "X ने टेलीफोन पर बातचीत कर Y से कहा …": having talked by telephone, X told Y.
    _PHONE + r"\s+पर\s+(?:बात|बातचीत)\s+(?:करके|कर\s+के|कर)(?=\s+[^।.]{1,60}?\s(?:से|को)\s)",
    # "X को Y का फोन आया": Y called X.
    r"(?<=का\s)" + _PHONE + r"\s+(?:भी\s+)?आया(?![\u0900-\u0963\u0966-\u097f])",
    # The medium a few words before the talk, with the people outside them: "Y से फोन पर यूक्रेन की स्थिति पर बात की".
    _PHONE + r"\s+(?:पर|के\s+जरिए|के\s+ज़रिए|के\s+माध्यम\s+से|के\s+जरिये)\s+(?:(?!(?:से|साथ|को|ने)\s)[^\s।.,;]+\s+){1,8}?(?:बात|बातचीत|वार्ता|चर्चा|बैठक)"
    r"\s+(?:भी\s+)?(?:की|कीं|हुई)" + _CLAUSE_END,
    # A call to come: "X शुक्रवार को Y से फोन पर बात करेंगे" (its tense is told in it: ``CALL_PLAIN_FORMS``).
    _PHONE + r"\s+(?:पर|के\s+जरिए|के\s+ज़रिए|के\s+माध्यम\s+से)\s+(?:भी\s+)?(?:बात|बातचीत|वार्ता|चर्चा)\s+"
    r"(?:करेंगे|करेंगी|करेगा|करेगी)(?![\u0900-\u0963\u0966-\u097f])",
    # "X ने फोन कर Y को बधाई दी": having phoned, X told Y — the one phoned follows with "को".
    r"(?<=ने\s)" + _PHONE + r"\s+(?:कर|करके|कर\s+के)(?=\s+[^।.]{1,80}?\sको\s)",
    # A virtual summit: "Y के बीच वर्चुअल शिखर बैठक हुई".
    r"(?:वर्चुअल|आभासी|ऑनलाइन)\s+(?:शिखर\s+)?(?:वार्ता|बातचीत|बैठक|सम्मेलन)\s+(?:भी\s+)?(?:की|कीं|हुई|हुआ)(?![\u0900-\u0963\u0966-\u097f])",
)
# The next sentence, pointing back, says the talk was by telephone (``call_references``): "X ने Y से बात की।
# टेलीफोन पर हुई इस बातचीत में …".
CALL_REFERENCE_CUES = (
    r"(?:टेलीफोन|टेलीफ़ोन|फोन|फ़ोन)\s+पर\s+हुई\s+(?:इस|उस)\s+(?:बातचीत|वार्ता|चर्चा|बात)(?![\u0900-\u0963\u0966-\u097f])",
    r"(?:इस|उस)\s+(?:टेलीफोनिक|टेलीफोन|फोन)\s+(?:बातचीत|वार्ता)(?![\u0900-\u0963\u0966-\u097f])",
)
MENTION_CUES = (
    _MEETING_NOUN + r"(?![\u0900-\u0963\u0966-\u097f])",
    # A banquet in someone's honour, to come: "X, Y के सम्मान में रात्रिभोज की मेजबानी करेंगे".
    r"(?<![\u0900-\u0963\u0966-\u097f])के\s+सम्मान\s+में\s+(?:[\u0900-\u097f]+\s+){0,3}?(?:भोज|रात्रिभोज|डिनर|लंच)\s+"
    r"(?:का\s+आयोजन|की\s+मेजबानी|की\s+मेज़बानी)\s+(?:करेंगे|करेंगी|करेगा|करेगी)(?![\u0900-\u0963\u0966-\u097f])",
    r"(?:मिलेंगे|मिलेंगी|मिलेगा|मिलेगी|मिलने)(?![\u0900-\u0963\u0966-\u097f])",
    r"(?<![\u0900-\u0963\u0966-\u097f])" + _TALK_NOUN + r"\s+(?:करेंगे|करेंगी|करेगा|करेगी|करने|होगी|होने|हो)(?![\u0900-\u0963\u0966-\u097f])",
)
MODALITY_CUES = (
    r"सक(?:ते|ता|ती)(?![\u0900-\u0963\u0966-\u097f])",
    r"संभावना",
    r"उम्मीद(?!वार)",  # a hope; not "उम्मीदवार" (a candidate)
    r"प्रस्तावित",
    r"(?<![\u0900-\u0963\u0966-\u097f])योजना",  # a plan; not "परियोजना" (a project)
    # The future of a man and of a woman: "मिलेंगे", "मिलेंगी" (a minister who is a woman, "वार्ता करेंगी").
    r"(?:करेंगे|करेगा|करेगी|करेंगी|होगी|होगा|होंगे|मिलेंगे|मिलेंगी|मिलेगा|मिलेगी)(?![\u0900-\u0963\u0966-\u097f])",
    # "मिलने वाले हैं" (are to meet), "होने वाली बैठक" (the meeting to come); not a participle of something
    # else that is to come, after a meeting that took place ("मुलाकात कर … होने वाले सम्मेलन का न्योता दिया").
    r"(?:करने|होने|मिलने)\s+(?:वाले|वाली|वाला)\s+(?:हैं|है|थे|थी|था|हों|" + _MEETING_NOUN + r")(?![\u0900-\u0963\u0966-\u097f])",
    r"(?:करने|होने|मिलने)\s+(?:की|का|के)(?![\u0900-\u0963\u0966-\u097f])",
    r"(?:करने|मिलने)\s+जा\s+(?:रहे|रही|रहा)(?![\u0900-\u0963\u0966-\u097f])",  # "बैठक करने जा रहे हैं": about to
    r"[\u0900-\u097f]+ें(?:गे|गी)(?![\u0900-\u0963\u0966-\u097f])",
    # A meeting fixed for a day to come: "… से मुलाकात निर्धारित है", "… तय है", "बैठक होनी है".
    r"(?<![\u0900-\u0963\u0966-\u097f])(?:निर्धारित|तय|होनी|होना)\s+(?:है|हैं)(?![\u0900-\u0963\u0966-\u097f])",
)
NEGATION_CUES = (
    r"(?<![\u0900-\u0963\u0966-\u097f])(?:नहीं|न|ना|मत)(?![\u0900-\u0963\u0966-\u097f])",
    r"इनकार", r"इंकार",  # "टाल दी" (postponed) calls a meeting off: ``CANCELLATION_CUES``
    # A refusal: "… से मिलने का समय देने से मना कर दिया" (refused to give time to meet).
    r"(?<![\u0900-\u0963\u0966-\u097f])मना\s+(?:कर\s+दिया|किया|कर\s+दी|कर\s+दिए)",
)
# Hindi tells a plan with the future's verb ("मिलेंगे", "करेंगे": ``MODALITY_CUES``), not the present (see ``en``).
# See ``en``: Hindi tells a plan with the future's verb itself.
FUTURE_FRAME_BEFORE = ""
# The medium before the people, a talk after them: "X ने सोमवार को फोन पर Y से बात की" is a call (see ``en``).
CALL_FRAME = _PHONE + r"\s+(?:पर|के\s+जरिए|के\s+ज़रिए|के\s+जरिये|के\s+माध्यम\s+से)(?![\u0900-\u0963\u0966-\u097f])"
# See ``en``: a call cue in the future ("… फोन पर बात करेंगे") is read as a mention is, so a plan is planned.
CALL_PLAIN_FORMS = r".*(?:करेंगे|करेंगी|करेगा|करेगी)$"
CALL_FRAME_TALK = r"(?<![\u0900-\u0963\u0966-\u097f])(?:बात|बातचीत|वार्ता|चर्चा)(?![\u0900-\u0963\u0966-\u097f])"
CALL_FRAME_VERBS = ""  # see ``en``: a Hindi call's verb is its talk ("से बात की"), a cue already
# A cue after which, in a headline's order, the one who met stands ("जयशंकर से मिले ब्लिंकन"): its subject is the
# person right after it, when nobody before it is.
HEADLINE_SUBJECT_AFTER = r"^(?:से|के\s+साथ)\s+(?:मिले|मिलीं)$"
CANCELLATION_DATE_AFTER = ""  # see ``en``: "बैठक सोमवार को रद्द" may date the meeting or the news; left as it is
# A welcome whose guest may stand before its host: "X का Y ने … स्वागत किया" — the one marked with "का" right before
# the host marked with "ने" is the guest (not "X के बेटे का", someone of X's).
GUEST_BEFORE_HOST = r"^(?:[^\s]+\s+(?:से\s+)?)?स्वागत\s+किया$"
# A verb of meeting with no one marked as met, whose subjects met each other ("A और B दिल्ली में मिले"); with a
# marked person before it, it is something received ("A को कई पत्र मिले"): no meeting.
BARE_MEETING_VERBS = r"^(?:मिले|मिलीं)(?![\u0900-\u0963\u0966-\u097f])"
# After a meeting noun, those named before it will attend it, not meet each other (see ``en``): "A और B इस बैठक में
# शामिल होंगे".
ATTENDING_AFTER_MEETING_NOUN = r"\s+में\s+(?:भी\s+)?(?:शामिल|भाग|हिस्सा)(?![\u0900-\u0963\u0966-\u097f])"
GERUND_CUE_ENDINGS = ()  # see ``en``
PRESENT_TENSE_CUE_WORDS = frozenset()
FUTURE_TIME_CUES = ()
NEEDS_OBJECT_CUES = ()  # Hindi marks the guest before the verb ("Y का स्वागत किया")
# Denial of a report: "X ने इन खबरों का खंडन किया कि …".
DENIAL_CUES = (r"खंडन", r"(?:खबरों|रिपोर्टों|दावों)\s+को\s+(?:खारिज|गलत)")
# What someone doubts or does not recall ("मुझे नहीं लगता कि … बातचीत हुई है"): the clause after it is
# not known to have happened.
DOUBT_CUES = (
    r"(?:नहीं\s+(?:लगता|लगती|मानता|मानती|मानते|सोचता|सोचती|पता)|(?:लगता|लगती|पता|याद)\s+नहीं)(?:\s+(?:है|था|थी))?\s+कि",
    # What someone denies, told in the clause after "कि": "X ने उन खबरों का खंडन किया कि उन्होंने Y से मुलाकात की
    # थी", "X ने इस बात से इनकार किया कि …" (the denial's clause and the meeting's are cut apart at "कि").
    r"(?:खंडन|इनकार|इंकार)\s+(?:किया|करते\s+हुए\s+कहा|कर\s+दिया)(?:\s+(?:है|था))?\s*,?\s+कि",
)
# Cancellation: "बैठक रद्द कर दी गई" — recorded as a cancelled meeting.
# Postponed is called off, as in English ("बैठक टल गई", "बैठक टाल दी गई").
# A planned meeting said not to be possible now (see ``en``): "X और Y की मुलाकात अब नहीं हो सकेगी".
NEGATED_CANCELLATION_CUES = (r"नहीं\s+हो\s+(?:सकेगी|सकेगा|पाएगी|पाएगा|पाएंगी)(?![\u0900-\u0963\u0966-\u097f])",)
CANCELLATION_CUES = (r"रद्द", r"स्थगित", r"(?<!\S)(?:टल|टाल|टाली|टाला)\s+(?:गई|गया|गए|दी|दिया|दिए)(?=[\s।,.;:!?]|$)")
# "मुलाकात होनी थी", "बैठक होने वाली थी": a plan told in the past (see ``en``).
UNFULFILLED_PLAN_CUES = (
    r"(?:होनी|होना|होने\s+वाली|होने\s+वाला|होने\s+वाले|करनी|करना|करने\s+वाले|करने\s+वाली|करने\s+वाला|मिलने\s+वाले|मिलना)"
    r"\s+(?:थी|थे|था)(?![\u0900-\u0963\u0966-\u097f])",
)
# "X ने A, B और C के साथ द्विपक्षीय वार्ता की": a bilateral meeting with each of them.
SEPARATELY_CUES = (
    r"अलग-अलग", r"अलग\s+से", r"अलग\s+अलग",
    r"द्विपक्षीय\s+(?:वार्ता|वार्ताएं|वार्ताएँ|बैठक|बैठकें|बैठकों|मुलाकात|मुलाकातें|बातचीत)",
)
# "A और B का स्वागत क्रमशः C और D ने किया": the first with the first, the second with the second.
RESPECTIVELY_CUES = (r"(?<![\u0900-\u0963\u0966-\u097f])क्रमशः",)
# A genitive pronoun right before a meeting noun owns the meeting: "उनकी मुलाकात X से हुई" (his meeting).
OWNER_PRONOUN_CUES = (
    r"(?<![\u0900-\u0963\u0966-\u097f])(?P<pronoun>उनकी|उनका|उनके|उसकी|उसका|उसके)\s+(?:"
    r"(?:(?!साथ\s)[\u0900-\u097f]+\s+)?"
    # "(मोदी ने कहा कि) उनकी राष्ट्रपति पुतिन से सार्थक बातचीत हुई": his talks with the one named, of any kind.
    r"|(?<!उनके\s)(?<!उसके\s)(?:[\u0900-\u097f.]+\s+){1,6}?(?:से|के\s+साथ)\s+(?:[\u0900-\u097f]+\s+){0,2}?"
    r")" + _MEETING_NOUN + r"(?![\u0900-\u0963\u0966-\u097f])",
)
# "उनसे", "उनके साथ": the person a pronoun stands for is the one met.
OBJECT_PRONOUN_CUES = (
    r"(?<![\u0900-\u0963\u0966-\u097f])(?:उनसे|उससे|उनके\s+साथ|उसके\s+साथ)(?![\u0900-\u0963\u0966-\u097f])",
)
# The light verb after the people met, the meeting noun before them: "उनकी मुलाकात X से हुई",
# "मोदी की बाइडन से मुलाकात हुई" is a plain held cue; these need a meeting noun earlier in the clause.
HELD_AFTER_NOUN_CUES = (
    r"(?<![\u0900-\u0963\u0966-\u097f])(?:से|के\s+साथ)\s+(?:भी\s+)?(?:हुई|हुआ|हुईं)" + _CLAUSE_END,
    # "उन्होंने ये बैठकें A, B और C के साथ कीं": the meetings named first, those met before the light verb.
    r"(?<![\u0900-\u0963\u0966-\u097f])(?:से|के\s+साथ)\s+(?:भी\s+)?(?:कीं|की)" + _CLAUSE_END,
)
MEETING_NOUNS = (_MEETING_NOUN + r"(?![\u0900-\u0963\u0966-\u097f])",)
# Several people met together: "त्रिपक्षीय वार्ता", "तीनों नेताओं ने एक साथ …".
TOGETHER_CUES = (
    r"त्रिपक्षीय", r"चतुर्पक्षीय", r"बहुपक्षीय", r"संयुक्त", r"एक\s+साथ", r"(?:तीनों|चारों)\s+(?:नेताओं|मंत्रियों|पक्षों)",
    r"भोज", r"लंच", r"डिनर", r"शिखर",
)
# Meeting someone, person by person: "A, B और C से मुलाकात की" is one meeting each; "… के साथ बैठक की" one.
# Meetings in the plural are one each too: "A, B और C के साथ बैठकें कीं".
ONE_EACH_CUES = (
    r"मुलाकात", r"मुलाक़ात", r"भेंट", r"मिले", r"मिलीं", r"मिली", r"मिला", r"बात", r"स्वागत",
    r"बैठकें", r"बैठकों", r"मुलाकातें", r"वार्ताएं", r"वार्ताएँ",
)
EVENT_NOUNS = ("सम्मेलन", "बैठक", "बैठकों", "शिखर सम्मेलन", "सम्मेलनों", "शिखर", "संवाद", "मंच")
SUMMIT_PHRASES = {
    "Summit": r"(?:(?:के|की)\s+)?(?:शिखर\s+सम्मेलन|समिट|सम्मेलन)",
    "Foreign Ministers' Meeting": r"(?:के\s+)?विदेश\s+मंत्रियों\s+की\s+(?:बैठक|परिषद)",
    "Defence Ministers' Meeting": r"(?:के\s+)?रक्षा\s+मंत्रियों\s+की\s+बैठक",
    "Ministerial Meeting": r"(?:की\s+)?मंत्रिस्तरीय\s+बैठक",
}
# Hindi names the event before "से इतर" (see ``en``); "इससे इतर" is as often "apart from this".
SIDELINES_OF_THE_EVENT_BEFORE = ()
SIDELINES_CUES = (
    r"(?:से|के)\s+इतर",
    r"के\s+दौरान",
    r"के\s+मौके\s+पर",
    r"के\s+हाशिये\s+पर",
    r"में\s+भाग\s+लेने",
    r"में\s+शामिल\s+होने",
)
# Who met whom: everyone comes before the verb (SOV); the subject is marked
# by "ने" (or unmarked), the others by "से" / "के साथ"; "के/की/का" alone marks a
# possessor, who is not a participant.
WORD_ORDER = "SOV"
NOUN_CUE_ENDS = frozenset()  # SOV: the others come before the verb, with their markers
ERGATIVE_MARKERS = ("ने", "द्वारा")  # "द्वारा": the agent of a passive ("X द्वारा … मुलाकात की गई")
# Case markers after which two or three uncommon words the name lists know are a new person (``listed_names``).
LISTED_NAME_MARKERS = ("ने", "से", "को", "और")
# A meeting someone chaired and others attended, told in one sentence (``attended``): "X की अध्यक्षता में हुई
# बैठक में A और B शामिल हुए", "X ने बैठक की अध्यक्षता की, जिसमें A और B ने भाग लिया". The chair, a meeting
# noun, then the attendance verb: joining a party ("भाजपा में शामिल हुए") has no chair and no meeting.
ATTENDED_MEETING_CUES = (
    # The two sides' leaders (see ``en``): "भारतीय प्रतिनिधिमंडल का नेतृत्व X ने किया, जबकि चीनी पक्ष का नेतृत्व Y ने किया".
    r"(?:प्रतिनिधिमंडल|पक्ष)\s+का\s+नेतृत्व[^।]{3,100}?ने\s+(?:किया|की)[^।]{0,20}?(?:जबकि|और|वहीं)\s+[^।]{0,40}?"
    r"(?:पक्ष|प्रतिनिधिमंडल)\s+का\s+नेतृत्व[^।]{3,100}?ने\s+(?:किया|की)(?![\u0900-\u0963\u0966-\u097f])",
    # "… बैठक हुई, जिसमें A, B और C शामिल हुए": those who took part in the meeting held (no chair named).
    r"(?:बैठक|मीटिंग)\s+हुई,?\s+जिसमें[^।]{0,200}?(?:शामिल\s+(?:हुए|हुईं|हुई)|(?:ने\s+)?भाग\s+लिया)"
    r"(?![\u0900-\u0963\u0966-\u097f])",
    r"(?:की\s+अध्यक्षता|की\s+अगुवाई)[^।]{0,80}?(?:बैठक|सम्मेलन|समीक्षा\s+बैठक)[^।]{0,160}?"
    r"(?:शामिल\s+(?:हुए|हुईं|हुई|रहे|थे)|(?:ने\s+)?भाग\s+लिया|उपस्थित\s+(?:रहे|थे)|मौजूद\s+(?:रहे|थे))"
    r"(?![\u0900-\u0963\u0966-\u097f])",
    r"(?:बैठक|सम्मेलन)\s+की\s+अध्यक्षता\s+की[^।]{0,160}?"
    r"(?:शामिल\s+(?:हुए|हुईं|हुई|रहे|थे)|(?:ने\s+)?भाग\s+लिया|उपस्थित\s+(?:रहे|थे)|मौजूद\s+(?:रहे|थे))"
    r"(?![\u0900-\u0963\u0966-\u097f])",
)
# A meeting one sentence tells someone held, and the next who attended it (``attended.attended_next``):
# "X ने गुरुवार को एक बैठक की। इस बैठक में A और B शामिल हुए।", "... इस बैठक में A के अलावा B ने भी भाग लिया।" Those
# only present ("मौजूद थे", "उपस्थित रहे") are not participants (bench/realnews/GUIDELINES.md).
MEETING_INTRODUCED_CUES = (
    r"(?:बैठक|बैठकें|मीटिंग|सम्मेलन)\s+(?:की|कीं|बुलाई|हुई|आयोजित\s+की|शुरू)(?![\u0900-\u0963\u0966-\u097f])",
    r"(?:बैठक|मीटिंग)(?:\s+[^\s।]+){0,6}?\s+(?:हुई|आयोजित\s+की\s+गई|शुरू\s+हुई)(?![\u0900-\u0963\u0966-\u097f])",
    r"की\s+अध्यक्षता\s+में",
)
ATTENDED_NEXT_CUES = (
    r"(?<![\u0900-\u0963\u0966-\u097f])(?:बैठक|मीटिंग)\s+में[^।]{0,300}?"
    r"(?:शामिल\s+(?:हुए|हुईं|हुई)|(?:ने\s+)?(?:भी\s+)?भाग\s+लिया)(?![\u0900-\u0963\u0966-\u097f])",
)
# A delegation that met someone, and who was in it, in the next sentence (see ``en``): "… के एक प्रतिनिधिमंडल ने
# बुधवार को राष्ट्रपति Y से मुलाकात की। प्रतिनिधिमंडल में A, B और C शामिल थे।"
DELEGATION_MET_CUES = (
    r"प्रतिनिधिमंडल[^।]{0,200}?(?:मुलाकात|मुलाक़ात|भेंट|बातचीत|वार्ता|बैठक)\s+(?:की|कीं|हुई)(?![\u0900-\u0963\u0966-\u097f])",
    # "भाजपा का एक प्रतिनिधिमंडल शुक्रवार को Y से मिला": the intransitive verb of meeting.
    r"प्रतिनिधिमंडल[^।]{0,200}?(?:से|के\s+साथ)\s+(?:भी\s+)?(?:मिला|मिले|मिलीं)(?![\u0900-\u0963\u0966-\u097f])",
)
DELEGATION_MEMBERS_NEXT_CUES = (
    r"(?<![\u0900-\u0963\u0966-\u097f])प्रतिनिधिमंडल\s+में[^।]{0,300}?(?:शामिल\s+(?:थे|थीं|रहे)|भी\s+थे)"
    r"(?![\u0900-\u0963\u0966-\u097f])",
)
# A group's leader acts for it: "X के नेतृत्व में एक प्रतिनिधिमंडल ने Y से मुलाकात की" (a delegation led by X met
# Y) is X's meeting; read like the ergative's subject.
# English says "met a delegation led by X" (en.py); Hindi names the leader with ``LEADER_MARKERS``.
DELEGATION_LEADER_OPENINGS = ()
LEADER_MARKERS = ("के नेतृत्व में", "की अगुवाई में", "की अगुआई में", "की अध्यक्षता में", "के नेतृत्व वाले")
OBJECT_MARKERS = ("से भी", "के साथ भी", "के साथ", "के बीच", "से", "को")
# "X और Y के बीच": X and Y are every participant (no subject to look for in another sentence).
BETWEEN_MARKERS = ("के बीच", "के मध्य")
COORDINATORS = ("और", "तथा", "एवं", "व")
CLAUSE_BREAK_WORDS = (";", "लेकिन", "परंतु", "किंतु", "जबकि", "हालांकि", "कि")
# "X ने बताया कि Y ने Z से बात की": what was said is a clause of its own, with its own subject.
CLAUSE_BREAKS = (
    r";", r",?\s+लेकिन\s+", r",?\s+परंतु\s+", r",?\s+किंतु\s+", r",?\s+जबकि\s+", r",?\s+हालांकि\s+",
    r",?\s+कि\s+",
)
LOCATIVE_BEFORE = frozenset()
LOCATIVE_AFTER = frozenset({"में"})
# Adverbs between a coordinator and a verb (word order SVO only; Hindi reads markers instead).
VERB_ADVERBS = frozenset("भी फिर तब".split())
AUXILIARY_WORDS = frozenset()  # Hindi's auxiliaries follow the verb
MONONYM_STOP_WORDS = frozenset()  # a one-word name is told by the postposition after it (``mononyms``)
# How sure the name tagger must be of a one-word name no title introduces ("रघुवंशी ने शतक लगाया"):
# ``mononyms.untitled_mononyms``, chosen on IL-NER dev (a postposition after the word says much).
UNTITLED_MONONYM_CONFIDENCE = 0.8
# Hindi puts background in a participle right before the subject ("मंगलवार को दुशांबे पहुंचे सिंह ने …"):
# what comes before it (the day he arrived) is not the meeting's date.
BACKGROUND_ASIDE_WORDS = frozenset()
SUBORDINATE_CUE_WORDS = frozenset()
EXCEPTING_OPENING_WORDS = frozenset()  # see ``en``
# Words that may stand between a meeting's owner and the meeting noun: "सिंह की मिर्जा के साथ होने वाली बैठक".
OWNED_MEETING_OPENINGS = ()  # Hindi's owner is a genitive before the meeting noun (MEETING_NOUN_MODIFIERS)
MEETING_NOUN_MODIFIERS = (
    "होने", "वाली", "वाले", "वाला", "प्रस्तावित", "संभावित", "द्विपक्षीय",
    # what the meeting was like: "मोदी की पुतिन से सार्थक बातचीत हुई"
    "सार्थक", "अहम", "महत्वपूर्ण", "विस्तृत", "व्यापक", "लंबी", "गहन", "अनौपचारिक", "औपचारिक", "शिष्टाचार",
    "उच्चस्तरीय", "सकारात्मक", "अच्छी", "एक",
)
BETWEEN_CUE_WORDS = frozenset()  # Hindi marks them with "के बीच" before the verb (BETWEEN_MARKERS)
MEETING_OF_WORDS = frozenset()  # Hindi names the two before its meeting noun ("X और Y की मुलाकात")
BACKGROUND_PARTICIPLES = ("पहुंचे", "पहुँचे", "आए", "आये", "लौटे", "गए", "गये", "उतरे")
CONNECTIVE_WORDS = frozenset(
    """ने से के की का को साथ बीच और तथा एवं व अपने अपनी अपना उनके उनकी भी समकक्ष समकक्षों दोनों अलग-अलग""".split()
)

# --- Organisations ---------------------------------------------------------------

ORGANISATION_HEADS = {
    "संगठन": "intergovernmental", "परिषद": "legislature", "मंत्रालय": "ministry", "विभाग": "ministry",
    "सेना": "armed_force", "नौसेना": "armed_force", "वायुसेना": "armed_force", "बल": "armed_force",
    "कमान": "armed_force", "एजेंसी": "government", "आयोग": "government", "समिति": "government",
    "संघ": "intergovernmental", "गठबंधन": "intergovernmental", "बैंक": "other", "मंच": "intergovernmental",
    "संस्थान": "other", "ढांचा": "intergovernmental", "ढांचे": "intergovernmental",
    "संस्था": "other", "पार्टी": "party", "निगम": "company", "समूह": "other",
    "ब्यूरो": "government", "प्राधिकरण": "government", "कोष": "other", "सभा": "legislature",
    "संसद": "legislature", "सचिवालय": "intergovernmental", "समुदाय": "intergovernmental",
}
# Words after a legislature's name that make it an election's ("लोकसभा चुनाव", "राज्य सभा के चुनाव", "विधानसभा
# सीटों": ``elections``), as regular expressions.
ELECTION_WORDS_AFTER = (
    r"(?:के\s+|की\s+)?(?:उप\s*)?चुनाव(?:ों)?", r"(?:के\s+)?चुनावी", r"(?:की\s+)?सीट(?:ों|ें)?", r"(?:के\s+)?नतीज(?:े|ों)",
    r"(?:के\s+)?परिणाम(?:ों)?", r"(?:निर्वाचन\s+)?क्षेत्र(?:ों)?", r"(?:की\s+)?टिकट",
)
# A city's or a state's bodies, after its name ("दिल्ली पुलिस": ``local_bodies``), and their English catalogue names.
LOCAL_BODY_HEADS = {
    "पुलिस": "Police", "यातायात पुलिस": "Traffic Police", "ट्रैफिक पुलिस": "Traffic Police",
    "नगर निगम": "Municipal Corporation",
    "विधानसभा": "Legislative Assembly", "विधान सभा": "Legislative Assembly",
    "मंत्रिमंडल": "Cabinet", "कैबिनेट": "Cabinet",
    # A state's own commissions, never the national one inside their name ("निर्वाचन आयोग" is India's).
    "राज्य निर्वाचन आयोग": "State Election Commission", "राज्य चुनाव आयोग": "State Election Commission",
    "लोक सेवा आयोग": "Public Service Commission",
}
# Head nouns of things that are not organisations (the last word of a Hindi name):
# "वास्तविक नियंत्रण रेखा (एलएसी)" is a line, "… समझौता" an agreement.
NON_ORGANISATION_HEADS = frozenset(
    """समझौता समझौते संधि करार रेखा घोषणा अधिनियम पहल गलियारा गलियारे अभ्यास अभियान योजना प्रोटोकॉल नीति
    ज्ञापन रणनीति टेक्नोलॉजी प्रौद्योगिकी""".split()
    # Things, measures and concepts defined with an acronym (see ``en``): "हल्का लड़ाकू विमान (एलसीए)", "वस्तु एवं
    # सेवा कर (जीएसटी)", "न्यूनतम समर्थन मूल्य (एमएसपी)", "सतत विकास लक्ष्य (एसडीजी)", "मानव विकास सूचकांक".
    + """विमान हेलीकॉप्टर हेलिकॉप्टर टैंक मिसाइल मिसाइलों वाहन ड्रोन उपग्रह सैटेलाइट पनडुब्बी रडार हथियार
    कर मूल्य उत्पाद निवेश सूचकांक लक्ष्य लक्ष्यों दर प्रमाणपत्र वीजा परीक्षा पुरस्कार पॉलिसी एजुकेशन प्रणाली
    सिस्टम""".split()
    # Offices are people's, never bodies ("नेशनल सिक्योरिटी एडवाइजर (एनएसए)", "विशेष प्रतिनिधि").
    + """मंत्री सचिव प्रमुख सलाहकार एडवाइजर एडवाइज़र प्रतिनिधि प्रवक्ता राजदूत उच्चायुक्त अध्यक्ष निदेशक आयुक्त
    राज्यपाल उपराज्यपाल राष्ट्रपति जनरल एडमिरल मार्शल कमांडर अधिकारी चीफ सेक्रेटरी मिनिस्टर""".split()
)
ORGANISATION_OFFICES = ("secretary_general",)
# News agencies credited by their Hindi service's name, with a name of the agency the archive knows
# (``agency_credits``).
AGENCY_CREDITS = {"भाषा": "PTI", "पीटीआई-भाषा": "PTI", "वार्ता": "UNI", "यूनीवार्ता": "UNI", "यूएनआई": "UNI"}
TERM_OF_OFFICE_HEADS = frozenset({"प्रशासन"})  # "जो बाइडन प्रशासन" (see ``en``)
NOT_BODY_WORDS = frozenset("अभ्यास युद्धाभ्यास परियोजना".split())  # exercises and projects (see ``en``)
VESSEL_PREFIXES = frozenset({"आईएनएस"})
GENERIC_BODY_WORDS = frozenset()  # Hindi's generic words are common words: the tagger's filter drops them
GENERIC_BODY_NAMES = frozenset()
# What a body is, not its name, even after a country: "पाकिस्तान की खुफिया एजेंसी आईएसआई" (its intelligence
# agency, the ISI), "समाचार एजेंसी रॉयटर्स" — English writes these in lower case.
DESCRIPTIVE_BODY_NAMES = frozenset(
    f"{kind} {agency}"
    for kind in ("खुफिया", "गुप्तचर", "जांच", "जाँच", "सुरक्षा", "समाचार", "अंतरिक्ष", "सरकारी", "केंद्रीय")
    for agency in ("एजेंसी", "एजेंसियां", "एजेंसियों", "एजेंसियाँ")
)
NAME_OF_THING_HEADS = frozenset(
    """ट्रॉफी कप पुरस्कार अवॉर्ड स्टेडियम एयरपोर्ट मार्ग रोड विश्वविद्यालय अस्पताल स्मारक भवन नगर चौक योजना प्रशासन
    सभागार प्रेक्षागृह ऑडिटोरियम""".split()
    + ["हवाई अड्डा", "हवाई अड्डे"]
)
POST_NOMINALS = frozenset()  # see ``en``: Hindi copy leaves the decorations out
# See ``en``: "युद्धाभ्यास मित्र शक्ति", "ऑपरेशन कावेरी", "आईएनएस विक्रांत", "पोत सह्याद्री".
THING_WORDS_BEFORE_NAMES = frozenset("अभ्यास युद्धाभ्यास ऑपरेशन अभियान जहाज जहाजों पोत पोतों युद्धपोत आईएनएस".split())
COMPANY_SUFFIXES = frozenset("लिमिटेड लि प्राइवेट इंक".split())  # see ``en``
PLACE_NAME_HEADS = frozenset("चौराहा घाटी किला महल मस्जिद".split())  # see ``en``
COMPASS_WORDS = frozenset()  # see ``en``: Hindi's category words are common words
INSTITUTION_HEADS = frozenset("विश्वविद्यालय अस्पताल".split())  # organisations though no person's (see ``en``)
# Words that describe an institution, not name it: "केंद्रीय विश्वविद्यालय", "जिला अस्पताल" alone are no body's
# name (``institutions``).
INSTITUTION_DESCRIPTORS = frozenset(
    "केंद्रीय केन्द्रीय राष्ट्रीय राज्य सरकारी निजी कृषि विदेशी स्थानीय प्रमुख तकनीकी जिला जिले सामुदायिक सामान्य".split()
)
VENUE_BEFORE = r""
VENUE_AFTER = r"^\s+(?:में|पहुंचे|पहुंचीं|पहुँचे|पहुंची|के\s+बाहर|के\s+अंदर)(?![\u0900-\u0963\u0966-\u097f])"
MINISTRY_NAMES = {}  # the archive names ministries in its catalogue language (en)
MEDIUM_BEFORE = r""
MEDIUM_AFTER = r"^\s+(?:पर|के\s+(?:जरिए|ज़रिए|जरिये|माध्यम\s+से)|से)(?![\u0900-\u0963\u0966-\u097f])"
MINISTRY_DOMAINS = {
    "defence": ("रक्षा",),
    "external_affairs": ("विदेश",),
    "home_affairs": ("गृह",),
    "finance": ("वित्त",),
    "commerce": ("वाणिज्य", "वाणिज्य एवं उद्योग", "वाणिज्य और उद्योग"),
}
MINISTRY_WORDS = ("मंत्रालय",)
MINISTRY_WORDS_AFTER_DOMAIN = ()
ARMED_FORCES = {
    # With the plural and oblique forms ("जापान की वायु सेनाओं") and the English words written in Devanagari.
    "army": ("सेना", "थल सेना", "थलसेना", "सेनाओं", "थल सेनाओं", "आर्मी"),
    "navy": ("नौसेना", "नौसेनाओं", "नेवी"),
    "air_force": ("वायुसेना", "वायु सेना", "वायुसेनाओं", "वायु सेनाओं", "एयर फोर्स", "एयरफोर्स"),
    "armed_forces": ("सशस्त्र बल", "सशस्त्र बलों"), "coast_guard": ("तटरक्षक बल",),
}
# A country's diplomatic missions (see ``en``): "भारतीय दूतावास", "पाकिस्तानी उच्चायोग", "काबुल स्थित भारतीय दूतावास".
DIPLOMATIC_MISSIONS = {
    "embassy": ("दूतावास", "एंबेसी", "एम्बेसी"), "high_commission": ("उच्चायोग",),
    "consulate": ("महावाणिज्य दूतावास", "वाणिज्य दूतावास", "कॉन्सुलेट", "वाणिज्यिक दूतावास"),
}
MISSION_HOST_AFTER = ""
MISSION_HOST_BEFORE = r"\s+(?:स्थित|में)\s+"
# An office word right after an armed force's: "बांग्लादेश के सेना प्रमुख" (Bangladesh's army chief) is an office
# and names no body (``national_bodies``); "बांग्लादेश की सेना के प्रमुख" does.
FORCE_OFFICE_AFTER = r"\s*(?:प्रमुख|अध्यक्ष|चीफ|उपप्रमुख|उप\s+प्रमुख)(?![\u0900-\u0963\u0966-\u097f])"
PART_OF_CHILD_FIRST = ()
PART_OF_PARENT_FIRST = (r"\s+(?:के|की|का)\s+", r"\s+और\s+(?:इसके|इसकी|इसका|उसके|उसकी|उसका)\s+")
# The domain always comes first: "रक्षा मंत्रालय".
MINISTRY_OF = None
MEMBERS_OF_A_BODY = frozenset()  # English's "Officials of the …": Hindi names the body first ("संगठन के अधिकारी")
ORGANISATION_STOP_WORDS = NAME_ENDERS | frozenset("यह वह इस उस ये वे अपने अपनी अपना इसके इसकी उसके उसकी".split())

# English connectors written in Devanagari inside a body's name, which give its acronym no letter:
# "यूरोपियन बैंक फॉर रिकन्स्ट्रक्शन एंड डेवलपमेंट (ईबीआरडी)" is E-B-R-D (``organisation_definitions``).
TRANSLITERATED_CONNECTORS = frozenset("ऑफ ऑफ़ फॉर फ़ॉर एंड ऐंड द ऑन".split())
# Latin letters as spelled in Devanagari acronyms: "एससीओ" is S-C-O.
LETTER_NAMES = {
    "ए": "A", "बी": "B", "सी": "C", "डी": "D", "ई": "E", "एफ": "F", "एफ़": "F", "जी": "G", "एच": "H",
    "आई": "I", "जे": "J", "के": "K", "एल": "L", "एम": "M", "एन": "N", "ओ": "O", "पी": "P", "क्यू": "Q",
    "आर": "R", "एस": "S", "टी": "T", "यू": "U", "वी": "V", "डब्ल्यू": "W", "डबल्यू": "W", "डब्लू": "W", "एक्स": "X",
    "वाई": "Y", "जेड": "Z", "ज़ेड": "Z",
}
# A letter's name before a full stop is an initial ("एस. जयशंकर", "डी. पी. पांडेय"), not a sentence's end;
# but "जी." ends a sentence as often as it is G.
ABBREVIATIONS = ABBREVIATIONS | {name for name in LETTER_NAMES if name != "जी"}
