"""English: rules as data.

Phrases are written as they appear in text; matching ignores case unless a
rule says otherwise, treats a written full stop after an abbreviation as
optional ("Col. Gen." / "Col Gen") and any run of spaces or a hyphen between
words as one separator. Regular expressions (the ``*_CUES``) are matched
case-insensitively against one sentence.
"""

CODE = "en"
SCRIPT = "Latn"

# Frequent function words: language detection counts them, and they never
# stand alone as a name.
FUNCTION_WORDS = frozenset(
    """a an the of and or but to in on at by for with from as is are was were be been being has have had
    it its this that these those he she his her they their them we our you your i not no will would
    can could may might should into over after before about than also which who whom said says""".split()
)

# Words a headline-like brief of titles and names is made of besides them ("BJP president J P Nadda met
# Amit Shah"): with two or fewer lower-case words, these count as English beside FUNCTION_WORDS.
BRIEF_WORDS = frozenset(
    """met meets meet called calls call held holds hold visited visits visit spoke speaks talked talks
    discussed discusses reviewed reviews signed signs hosted hosts received receives chaired chairs
    addressed addresses inaugurated inaugurates president chairman chief minister secretary""".split()
)

# Abbreviations whose full stop does not end a sentence (compared lower-case,
# without the dot). Single capital initials ("S. Jaishankar") are handled by rule.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof col lt gen maj capt cdr brig adm air vice rear sgt st mt no nos vs etc jr sr
    hon govt dept retd approx est fig jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp
    u.s u.k u.n e.g i.e""".split()
)

# Scraped promos for other stories start with these words followed by a dash,
# colon or bar, and run to the end of the line.
PROMO_MARKERS = (
    "Also Read", "Also read", "ALSO READ", "Read Also", "READ ALSO", "Read more", "Read More", "READ MORE",
    "See also", "See Also", "SEE ALSO", "Also See", "ALSO SEE",
)
# A bare "Read" is a promo marker only with a bar after it ("Read | India should …").
PROMO_BAR_MARKERS = ("Read", "READ")

# --- People -----------------------------------------------------------------

# Offices, by concept (the concepts and their English titles are listed in
# ``languages.ROLE_CONCEPTS``). A title names an office; a name may follow.
ROLE_TITLES = {
    "defence_minister": (
        "Defence Minister", "Defense Minister", "Minister of Defence", "Minister of Defense",
        "Minister of National Defence", "Minister of National Defense", "National Defence Minister",
        "State Councillor and Defence Minister", "State Councilor and Defense Minister",
        "National Defense Minister", "Defence Secretary of State",
        "Secretary of Defense", "Secretary of Defence", "Raksha Mantri",
    ),
    "foreign_minister": (
        "Foreign Minister", "External Affairs Minister", "Minister of External Affairs",
        "Minister of Foreign Affairs", "Foreign Affairs Minister", "Secretary of State", "EAM", "FM",
        "State Councillor and Foreign Minister", "State Councilor and Foreign Minister",
    ),
    "home_minister": (
        "Home Minister", "Minister of Home Affairs", "Interior Minister", "Minister of the Interior",
        "Minister of Internal Affairs",
    ),
    "finance_minister": ("Finance Minister", "Minister of Finance"),
    "trade_minister": (
        "Trade Minister", "Commerce Minister", "Minister of Commerce", "Minister of Trade", "Trade Representative",
    ),
    "prime_minister": ("Prime Minister", "Premier", "Chancellor", "PM", "Prime Minister-elect", "Prime Minister-designate"),
    "deputy_prime_minister": ("Deputy Prime Minister", "Vice Premier"),
    "president": ("President", "President-elect"),
    "vice_president": ("Vice President", "Vice-President"),
    "chief_minister": ("Chief Minister", "CM"),
    "minister": ("Minister", "Union Minister", "Union Ministers", "Minister of State", "MoS", "Union MoS"),
    "national_security_adviser": ("National Security Adviser", "National Security Advisor", "NSA"),
    "chief_of_defence_staff": ("Chief of Defence Staff", "Chief of Defense Staff", "CDS"),
    "army_chief": ("Army Chief", "Chief of Army Staff", "Chief of the Army Staff", "Army Chief of Staff", "COAS"),
    "navy_chief": ("Navy Chief", "Naval Chief", "Chief of Naval Staff", "Chief of the Naval Staff", "CNS"),
    "air_chief": ("Air Force Chief", "Air Chief", "Chief of Air Staff", "Chief of the Air Staff", "CAS"),
    "foreign_secretary": ("Foreign Secretary",),
    "defence_secretary": ("Defence Secretary", "Defense Secretary"),
    "secretary_general": ("Secretary-General", "Secretary General"),
    # A government's or a party's secretaries: "Joint Secretary Vani Rao", "Assistant Secretary Donald Lu"
    # ("Assistant", "Under": ``JUNIOR_TITLE_MODIFIERS``), "CPI(M) General Secretary X", "Pentagon Press Secretary".
    "secretary": (
        "Secretary", "Joint Secretary", "Additional Secretary", "Chief Secretary", "Principal Secretary",
        "Cabinet Secretary", "Home Secretary", "Press Secretary", "General Secretary", "Permanent Secretary",
    ),
    "ambassador": ("Ambassador", "High Commissioner", "Envoy", "Special Envoy", "special envoy"),
    "spokesperson": ("Spokesperson", "Spokesman", "Spokeswoman"),
    "head": (
        "Chief", "Head", "foreign policy chief", "Chairman", "Chairperson", "Chairwoman", "Chair", "Director", "Director General",
        "Director-General", "Chief Executive", "CEO", "Managing Director", "chief executive",
        "Chief Executive Officer", "chief executive officer", "MD", "CMD",
    ),
    "legislator": ("Member of Parliament", "MP", "MLA", "Senator", "Congressman", "Congresswoman", "lawmaker"),
    "judge": ("Justice", "Judge", "Chief Justice"),
    "speaker": ("Speaker",),
    "governor": ("Governor",),
    "lieutenant_governor": ("Lieutenant Governor", "Lieutenant-Governor", "Lt Governor", "Lt. Governor"),
    "mayor": ("Mayor",),
    "commissioner": ("Commissioner", "Police Commissioner", "Commissioner of Police", "Election Commissioner"),
    "district_magistrate": ("District Magistrate", "District Collector", "Collector", "Deputy Commissioner"),
    "leader_of_opposition": ("Leader of Opposition", "Leader of the Opposition", "LoP"),
    "king": ("King", "Queen", "Emir", "Sultan", "Emperor", "Empress"),
    "crown_prince": ("Crown Prince",),
    "commander_in_chief": (
        "Commander-in-Chief", "Flag Officer Commanding-in-Chief", "General Officer Commanding-in-Chief",
        "Air Officer Commanding-in-Chief", "General Officer Commanding", "Flag Officer Commanding", "GOC-in-C",
        "FOC-in-C", "AOC-in-C",
    ),
}

# Offices named after a domain that may open with a country ("Chief of US Naval Operations", "Minister of
# State for …"); any other office followed by "of <country>" is that country's ("Foreign Minister of Ethiopia
# Demeke Mekonnen"), and the name follows.
OFFICES_WITH_A_DOMAIN = frozenset({"minister", "head"})
# Domains offices are named after: where the capitalised words after one run on into a new name, the name
# begins after the domain ("Minister of State for Commerce Anupriya Patel"; ``titles._with_domain``).
OFFICE_DOMAINS = (
    "External Affairs", "Foreign Affairs", "Home Affairs", "Defence", "Finance", "Commerce and Industry", "Commerce",
    "Trade", "Power", "Health", "Health and Family Welfare", "Railways", "Education", "Agriculture",
    "Agriculture and Farmers Welfare", "Rural Development", "Parliamentary Affairs", "Information and Broadcasting",
    "Textiles", "Tourism", "Culture", "Coal", "Mines", "Steel", "Petroleum and Natural Gas", "Civil Aviation",
    "Road Transport and Highways", "Law and Justice", "Electronics and Information Technology", "Environment",
    "Jal Shakti", "Labour and Employment", "Women and Child Development", "Tribal Affairs", "Minority Affairs",
    "Youth Affairs and Sports", "Housing and Urban Affairs", "Heavy Industries", "Science and Technology",
    "Cooperation", "Fisheries", "Shipping", "Communications", "Personnel", "Planning", "Statistics",
)

# Officers of companies written before the body's name with "of" ("MD of Lulu Group International"), besides
# the "head" offices of ``ROLE_TITLES``: the body's name starts after them.
# The titles of a company's or a body's officers that follow its name ("Foxconn chairman Young Liu", "IBM CEO
# Arvind Krishna"): the capitalised words before them name a body (``officer_bodies``).
COMPANY_OFFICE_TITLES = (
    "Chairman", "Chairperson", "Chairwoman", "CEO", "Chief Executive", "Chief Executive Officer",
    "Managing Director", "MD", "CMD", "COO", "CFO", "CTO", "Founder", "Co-founder", "President",
)
# Words that qualify such an officer and name no body ("Former chairman X", "Group CEO X", "Executive Chairman X").
OFFICER_BODY_GENERICS = frozenset()  # hi.py's: English bodies before an officer are capitalised names
OFFICER_MODIFIERS = frozenset(
    """Former Then Executive Senior Group Board Acting Interim Founding Honorary Vice Deputy Joint Co Non-Executive
    Non-executive Independent Global Regional Country Company Incoming Outgoing Current New Late Managing National
    State Working Party General Whole-time Zonal District Its Their""".split()
)
COMPANY_OFFICERS = ("MD", "CMD", "COO", "CFO", "CTO", "President", "Vice President", "Founder", "Co-founder")

# Military ranks: part of how a person is named, never part of the name.
RANKS = (
    "Field Marshal", "Air Chief Marshal", "Air Marshal", "Air Vice Marshal", "Marshal",
    "Colonel General", "Col. Gen.", "Col-Gen", "Lieutenant General", "Lt. Gen.", "Lt-Gen", "Lt. General",
    "Major General", "Maj. Gen.", "Maj-Gen", "Brigadier General", "Brig. Gen.", "Brigadier", "Brig.",
    "General", "Gen.", "Lieutenant Colonel", "Lt. Col.", "Colonel", "Col.", "Major", "Maj.", "Captain",
    "Capt.", "Admiral", "Adm.", "Vice Admiral", "Vice Adm.", "Rear Admiral", "Rear Adm.", "Commodore",
    "Commander", "Cdr.", "Lieutenant", "Lt.",
    # India's ranks as its press releases abbreviate them ("Cmde X", "Gp Capt X", "Wg Cdr X").
    "Cmde.", "Air Commodore", "Air Cmde.", "Group Captain", "Gp. Capt.", "Wing Commander", "Wg. Cdr.",
    "Squadron Leader", "Sqn. Ldr.", "Flight Lieutenant", "Flt. Lt.", "Lieutenant Commander", "Lt. Cdr.",
    "Lieutenant Colonel", "Surgeon Vice Admiral", "Surgeon Rear Admiral",
)

# A rank followed by "of" and a body is that body's office: "the Commander of US Indo-Pacific Command, Admiral
# X" is its head ("Commander X" stays a rank).
RANKS_AS_OFFICES = {"Commander": "head"}

# Honorifics and courtesy titles.
HONORIFICS = ("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Professor", "Shri", "Smt.", "Sri", "Sheikh", "His Excellency", "Sir", "Dame")
# Honorifics that are part of a name when only one word follows: "Sheikh Hasina" (but "Sheikh Mohamed bin Zayed").
NAME_HONORIFICS = ("Sheikh",)
# A meeting chaired by one and attended by others in one sentence (hi.py): English says it with a held cue
# ("chaired a meeting attended by").
# Two sides of talks, each told by who led it, in one sentence (``attended``): "The Indian delegation was led by
# X, while the Chinese side was led by Y" — the leaders met. (A meeting chaired by one and attended by
# others English tells with a held cue: "chaired a meeting attended by".)
ATTENDED_MEETING_CUES = (
    r"\b(?:delegation|side|team)\s+(?:was|were)\s+(?:led|headed)\s+by\b[^.;]{3,120}?,?\s+(?:while|and|whereas)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:side|delegation|team)\s+(?:was|were)\s+(?:led|headed)\s+by\b[^.;]{3,120}",
)
# A meeting one sentence tells someone held, and the next who attended it (``attended.attended_next``):
# "X chaired a high-level meeting on Thursday. The meeting was attended by A, B and C." / "... A and B also
# attended the meeting." Those only "present" are not participants (bench/realnews/GUIDELINES.md).
MEETING_INTRODUCED_CUES = (
    r"\b(?:chaired|convened|held|called|presided\s+over)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?meeting\b",
    r"\bmeeting\b[^.;]{0,80}?\b(?:was|were)\s+held\b",
)
ATTENDED_NEXT_CUES = (
    r"\b(?:the|this)\s+(?:[\w-]+\s+){0,2}?meeting\s+was\s+(?:also\s+)?attended\s+by\b",
    r"\b(?:also\s+)?attended\s+the\s+meeting\b",
)
# A delegation that met someone, and who was in it, in the next sentence: "A delegation of opposition MPs
# met President Murmu on Wednesday. The delegation included A, B and C." (every member met her).
DELEGATION_MET_CUES = (
    r"\bdelegation\b[^.;]{0,120}?\b(?:met|meets|called\s+on|held\s+talks\s+with)\b",
    r"\b(?:met|received|hosted|welcomed)\b[^.;]{0,80}?\bdelegation\b",
)
DELEGATION_MEMBERS_NEXT_CUES = (
    r"\bdelegation\s+(?:also\s+)?(?:included|comprised|consisted\s+of)\b",
    r"\bmembers\s+of\s+the\s+delegation\s+(?:included|were)\b",
)
# Postpositions naming a group's leader (hi.py's "के नेतृत्व में"); English says "led by X" before the verb.
LEADER_MARKERS = ()
# A delegation met is met in its leader, named after these words: "met a delegation led by X", "received a
# US Congressional delegation headed by X" (the words stand between a meeting verb and the leader).
DELEGATION_LEADER_OPENINGS = (
    r"\b(?:an?|the)\s+(?:(?!(?:from|of|to|with)\b)[\w-]+\s+){0,4}?delegations?\s+(?:(?:led|headed)\s+by)\s+",
)
# Titles that are also adjectives (hi.py's "प्रमुख"); English titles are capitalised before a name.
ADJECTIVE_TITLES = ()
# Family words that introduce a name without giving an office ("and his wife Jill Biden", "First Lady
# Jill Biden", "Empress Masako"): the name is a person's, and a spouse named with someone takes part in
# their meeting. Spouses only: with the children's words too ("son", "बेटे", "पुत्र") the real-news check
# part found fewer Hindi meetings.
KIN_WORDS = ("wife", "husband", "spouse", "First Lady", "Empress")
# Verbs of meeting someone, right after a name that opens a sentence: a name the tagger is less sure of
# there (``tagged``, ``MIN_SUBJECT_PERSON_CONFIDENCE``) is a person when one follows it ("Aleksandr
# Venediktov called on …", "Kim Yong Chol met …": the tagger is least sure of a sentence's first words).
PERSON_VERBS_AFTER = frozenset(
    """met meets called telephoned phoned spoke held received welcomed hosted interacted paid thanked
    congratulated""".split()
)

# "his counterpart X": the person holds the same office as the subject.
COUNTERPART_WORDS = ("counterpart", "counterparts")
# Titles in the plural introduce a list of names: "his counterparts X and Y".
PLURAL_TITLES = ("counterparts", "Union Ministers")  # "… by Union Ministers A and B, respectively"

# A capitalised adjective of nationality the gazetteer may not know ("Iranian",
# "Vietnamese"): it qualifies a title, though its country stays unknown.
DEMONYM_LIKE = r"[A-Z][a-z]+(?:ian|ean|an|ese|i|ish|ic)|[A-Z]{2,3}"  # …, or "US", "UK", "UAE"

# Words between a country or a pronoun and a title: "his Tajik counterpart".
POSSESSIVE_PRONOUNS = ("his", "her", "their", "its")

# The genitive marks a qualifier: "Tajikistan's Minister of Defence".
POSSESSIVE_SUFFIXES = ("'s", "’s", "'", "’")

# Latin script has capitals: a name after a title is a run of capitalised
# words. (A script without capitals uses ``NAME_ENDERS`` instead.)
NAMES_CAPITALISED = True
NAME_ENDERS = frozenset()
NAME_STOP_SUFFIXES = ()
# Genitive postpositions between a qualifier and a title (none in English: "'s").
GENITIVE_MARKERS = ()

# A country after a title: "Minister of Defence of Tajikistan", "his counterpart from North Macedonia, X".
COUNTRY_AFTER_TITLE = r"\s+(?:of|from)\s+(?:the\s+)?"

# Lower-case words allowed inside a name ("Mohammed bin Salman").
NAME_PARTICLES = frozenset("bin bint ibn al el de da del van von der den ul ud".split())

# Capitalised words that are never part of a person's name after a title.
NAME_STOP_WORDS = frozenset(
    """The A An This That These Those He She His Her It Its They Their We Our I In On At By For With From
    And Or But As To Of Also Meanwhile However Earlier Later Today Yesterday Tomorrow Last Next Sources
    Officials Minister Ministers Ministry President Prime Army Navy Air Force Forces Government State
    Defence Defense Foreign External Affairs Home Council Chief Secretary General Gen Col Lt Maj Brig
    Adm Mr Mrs Ms Dr According After Before During While When Where Who Whom Which Twitter Facebook
    Instagram YouTube WhatsApp Tweet Tweeted Statement Summit Meeting Conclave Conference
    My Your Neither Either Both Each Every All Some Many Several Most Few Dozens Hundreds Thousands
    One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve""".split()
)

# Stop words that are also family names, read as a name's first word right after a title when one capitalised
# given name follows ("Vice Premier He Lifeng", "General He Weidong"; ``persons``).
SURNAMES_AMONG_STOP_WORDS = frozenset({"He"})

# Subject pronouns that refer back to a person named earlier.
SUBJECT_PRONOUNS = frozenset({"he", "she"})
# "The two ministers", "both leaders": the two people the text just named (exactly two, or nobody).
PAIR_REFERENCES = (
    r"\b(?:the\s+two|both(?:\s+the)?)\s+(?:(?:defence|foreign|prime)\s+)?"
    r"(?:ministers|leaders|sides|chiefs|counterparts|presidents|diplomats|top\s+diplomats|generals|envoys"
    r"|heads\s+of\s+(?:state|government))\b",
    # "The two met in Finland on Monday": the two just named.
    # (No look-ahead to the verb: the subject is read in the text before the verb only.)
    r"\bthe\s+two\b(?!\s+(?:of|[a-z]+s|[a-z]+ian|[a-z]+ese|day|year|month|week|sides?|countries)\b)",
)
# Before a title with no name after it: "the Defence Minister met …".
DEFINITE_ARTICLES = frozenset({"the"})

# --- Dates ---------------------------------------------------------------------

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# A weekday in another calendar week than the article's: "on Monday last week" is the Monday of the week
# before the article's week (not the last Monday), "on Friday next week" the Friday of the week after.
# (pattern, weeks) read right after the weekday or right before it.
WEEK_SHIFTS = (
    (r"(?:of\s+)?(?:last|the\s+previous|the\s+past)\s+week", -1),
    (r"(?:of\s+)?next\s+week", 1),
)
# Days relative to the article's date. ``None`` means "the day before for a
# past event, the day after for a future one" (Hindi "कल").
RELATIVE_DAYS = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "last night": -1, "last evening": -1, "tonight": 0, "this evening": 0,
    "this morning": 0,
}
# Periods before the report's own days ("last year", "in July", "in 2019"; ``dates.find_period``): a meeting
# told with one is not the meeting the story reports today, however alike ("Jaishankar met Wang Yi at
# Hyderabad House on Friday … Last year in July, Jaishankar met Wang Yi on the sidelines of …").
# ``{months}`` and ``{year}`` are filled in by the rules; month names are matched as written (capitalised).
LAST_YEAR_WORDS = ("last year", "the previous year", "the year before", "a year ago", "a year earlier")
LAST_MONTH_WORDS = ("last month", "the previous month", "a month ago", "a month earlier")
MONTH_PERIOD = (
    r"\b(?:[Ii]n|[Dd]uring|[Ss]ince)\s+(?:(?:early|mid|late|the\s+(?:beginning|end)\s+of)[\s-]+)?"
    r"(?P<monthname>{months})(?:,?\s+(?P<year>{year}))?(?!\s*[0-9])"
)
YEAR_PERIOD = r"\b(?:[Ii]n|[Dd]uring)\s+(?:(?:early|mid|late)[\s-]+)?(?P<year>{year})\b(?!-)"
# Words before an office that make it another, lesser one: a "Deputy Assistant Secretary of State" is not
# the Secretary of State, whoever holds that office.
JUNIOR_TITLE_MODIFIERS = ("Deputy", "Assistant", "Additional", "Joint", "Under", "Associate", "Principal Deputy")
# Credentials ceremonies (``credentials.py``): the sentences about them, and where their receiver is named.
CREDENTIALS_WORDS = (r"\bcredentials\b",)
CREDENTIALS_RECEIVER_AFTER = (r"\bcredentials\s+to\s+(?:the\s+)?",)
CREDENTIALS_RECEIVER_BEFORE = (r"\s*(?:accepted|accepts|received|receives)\s+(?:the\s+)?credentials\b",)
# "met here": where the report was filed (its dateline's city).
HERE_WORDS = (r"\bhere\b",)
# A date right after a reporting verb dates the report, not what it tells: "PTI reported on Thursday", "the
# ministry said on Monday that they had met" (the words before the date; the Hindi order has them after).
REPORT_DATE_BEFORE = (
    r"\b(?:said|says|reported|reports|announced|stated|informed|confirmed|added|tweeted|posted|wrote|told\s+[\w-]+)"
    r"\s+(?:here\s+|in\s+a\s+statement\s+)?(?:on\s+|late\s+on\s+|earlier\s+on\s+)?"
)
REPORT_DATE_AFTER = ""
# Reporting verbs after a name that closes a sentence with its source ("…, adviser Sartaj Aziz said"):
# that person is no participant (``attributions``).
ATTRIBUTION_VERBS_AFTER = frozenset("said says added stated told tweeted posted wrote confirmed announced".split())
ATTRIBUTION_CLAUSE_WORDS = frozenset("that and but while as".split())

# --- Meetings ------------------------------------------------------------------

# Every meeting cue below contains one of these words: sentences without any
# are not read for meetings at all (a fast first pass).
CUE_WORDS = (
    "met", "meet", "meets", "reviewed", "meeting", "meetings", "talks", "called", "spoke", "spoken", "talked", "telephonic", "phone", "telephone",
    "telephoned", "phoned", "dialled", "dialed", "discussions", "consultations", "parleys", "conversation",
    "summit", "summits", "received", "welcomed", "hosted", "paid", "exchanged", "chaired",
    "co-chaired", "meets", "holds", "hold", "calls", "call", "interacted", "interacts", "interact", "interaction",
    "discussed", "discuss", "deliberated", "speaks", "speak", "virtual", "video", "dinner", "lunch", "luncheon",
    "breakfast", "conversations", "conversation", "credentials", "presented", "accepted", "rang",
    "sat", "sits", "contacted", "talk", "chat", "chats", "pull-aside", "pull-asides", "interactions", "upon", "review",
    "welcome", "reception", "greeted", "visited", "dialogue", "discussion", "videoconference", "video-conference", "teleconference",
)

# What says a meeting named by its noun happened: "the meeting between X and Y took place / was productive".
_TOOK_PLACE = (
    r"(?:took\s+place|was\s+held|were\s+held|lasted|(?:was|were)\s+(?:very\s+|extremely\s+|highly\s+)?"
    r"(?:productive|fruitful|cordial|constructive|positive|warm|successful|substantive|useful|frank|candid|excellent"
    r"|wide-ranging))"
)
# A meeting verb in the past: the text reports a meeting that happened.
# After a kind of meeting that is also one ("lunch", "breakfast", "pull-aside", "call"), the noun it qualifies:
# "had a breakfast meeting with Y" is read to its "with", not stopped at "breakfast".
_NOT_BEFORE_MEETING = r"(?!\s+meetings?\b)"
HELD_CUES = (
    r"\bmet\b(?:\s+with)?",
    # A headline's present tense reports what happened: "Singh meets Mirzo", "… holds talks with …".
    r"\bmeets\b(?:\s+with)?",
    r"\b(?:held|holds)\s+(?:[\w+\"“”‘’'-]+\s+){0,4}?(?:talks|talk|meetings?|discussions?|consultations|parleys|summits?|dialogue"
    r"|conversation|chat)\b"
    r"(?:\s+with)?",
    r"\b(?:interacted|interacts)\s+with\b",
    # "Later, the Chief Minister visited Road Transport Minister X and discussed …": visiting a person (a title or a
    # name right after the verb; "visited Delhi", "visited the site" name nobody, and "visited Amritsar with Y"
    # was a journey together).
    r"\bvisited\b(?=\s+(?-i:[A-Z]))(?![^.;]{0,100}?\b(?:with|accompanied\s+by)\b)",
    # "X engaged in constructive talks with Y"; "X is holding a bilateral meeting with Y" (as the story is filed).
    r"\b(?:engaged|engages)\s+in\s+(?:[\w-]+\s+){0,3}?(?:talks|discussions|dialogue|consultations|conversation)\s+with\b",
    r"\b(?:is|are)\s+holding\s+(?:[\w+-]+\s+){0,4}?(?:talks|meetings?|discussions|consultations|dialogue)\s+with\b",
    r"\b(?:sat|sits)\s+down\s+with\b",
    # "X and Y on Friday sat down for a bilateral meeting": the two named before it.
    r"\b(?:sat|sits)\s+down\s+for\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|talks|discussions|dinner|lunch)\b"
    r"(?!\s+with\b)",
    # Credentials: "X presented his credentials to President Y", "President Y accepted credentials from X".
    r"\bpresent(?:ed|s)\s+(?:(?:his|her|their|the)\s+)?(?:letters?\s+of\s+)?(?:credentials|credence)\s+to\b",
    r"\baccept(?:ed|s)\s+(?:the\s+)?(?:letters?\s+of\s+)?credentials\s+(?:of|from)\b",
    # The passive: "X was hosted by Y", "X was received at the airport by Y" is their meeting (a reception, as
    # "Y received X at the airport" and hi.py's "हवाई अड्डे पर … का स्वागत किया" are); not in a clause about
    # someone else ("X, who was received by Y at the airport, met Z").
    r"(?<!\bwho\s)\b(?:was|were)\s+(?:warmly\s+)?(?:hosted|received|welcomed|greeted)\s+"
    r"(?:(?:at|in|on)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?by\b",  # "at the venue by", "at Palam airport by"
    r"(?<!\bwho\s)\b(?:was|were)\s+(?:accorded|given)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:welcome|reception)\s+"
    r"(?:(?:at|in|on)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?by\b",
    r"\b(?:meeting|talks|conversation|discussions)\s+(?:took\s+place|was\s+held|were\s+held)\s+between\b",
    # "The meeting between X and Y took place on Wednesday": only with the verb that says it did.
    r"\b(?:meeting|talks|conversation|discussions)\s+between\b"
    r"(?=[^.;]{0,120}?\b" + _TOOK_PLACE + r"\b)",
    # "X and Y co-chaired the 20th session of the commission" (with "with", the cue below reads who)
    r"\bco-chaired\b(?![^.;]{0,100}?\bwith\b)(?!\s+by\b)",
    # "The talks were co-chaired by X and Y": all who met follow (``ALL_PARTICIPANTS_AFTER_CUES``).
    r"\b(?:was|were)\s+(?:jointly\s+)?co-chaired\s+by\b",
    r"\bhosted\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:dinner|lunch|luncheon|breakfast|banquet|reception)\s+"
    r"(?:for|in\s+honou?r\s+of)\b",
    # "discussed defence ties with X": X took part; "X and Y discussed …": both did.
    r"(?<![-\w])(?:discussed|deliberated)\s+(?:[\w'’-]+\s+){0,8}?with\b",
    r"(?<![-\w])(?:discussed|deliberated)\b",  # not "much-discussed"
    # "X reviewed defence cooperation with Y", "The two ministers reviewed the entire gamut of ties": reviewing
    # together is meeting (alone, "X reviewed the guard of honour", it is nobody's meeting).
    r"\breviewed\s+(?:(?!(?:signed|inked|concluded|agreed)\b)[\w'’-]+\s+){0,8}?with\b",
    r"\breviewed\b",
    r"\b(?:co-chaired|chaired)\s+(?:[\w+-]+\s+){0,4}?(?:talks|meetings?|dialogue)\s+with\b",
    # "X chaired a meeting attended by Y and Z": the chair and those who attended met (together).
    r"\b(?:chaired|convened|presided\s+over)\s+(?:[\w+-]+\s+){0,4}?meeting\b[^.;]{0,60}?\battended\s+by\b",
    # Receiving or hosting someone is meeting them; a person must follow ("received the award" is nothing;
    # the passive "was received by X" is not this verb's meeting either).
    r"\b(?:received|welcomed|hosted)\b(?!\s+(?:a|an|the(?!\s+visiting\b)|by|criticism|support|praise|calls?|letters?)\b)",
    # … or a delegation and its leader: "received a high-level delegation led by X".
    r"\b(?:received|welcomed|hosted)\b(?=\s+(?:an?|the)\s+(?:(?!(?:from|of|to|with)\b)[\w-]+\s+){0,4}?delegations?\s+(?:led|headed)\s+by\b)",
    r"\b(?:paid|made)\s+(?:a\s+)?(?:courtesy\s+)?(?:calls?|visits?)\s+(?:on|to)\b",
    r"\bexchanged\s+(?:views|notes|ideas)\s+with\b",
    # "X and Y exchanged views on maritime security": the two named before it.
    r"\bexchanged\s+(?:their\s+)?(?:views|notes|ideas|thoughts)\b(?!\s+with\b)",
    r"\bhad\s+(?:[\w-]+\s+){0,3}?(?:talks|meetings?|discussions|consultations|interactions?|dinner|lunch|"
    r"luncheon|breakfast|conversations?|chats?|pull-asides?)\b" + _NOT_BEFORE_MEETING + r"(?:\s+with)?",
    # "X and Y held brief conversations", "engaged in a brief interaction", "had a pull-aside with Y".
    r"\b(?:held|engaged\s+in)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:conversations?|interactions?|chats?|pull-asides?)\b"
    + _NOT_BEFORE_MEETING + r"(?:\s+with)?",
    r"\b(?:called|calls)\s+(?:on|upon)\b",
    # The pleasure of a meeting, in a post or a statement: "Delighted to meet X today", "said he was glad to have
    # met X" (what one looks forward to is a plan: "looks forward to meeting X").
    r"\b(?:delighted|pleased|glad|happy|honou?red|great|wonderful|good|privileged)\s+to\s+(?:have\s+)?"
    r"(?:meet|met|receive|received|host|hosted|speak\s+with|spoken\s+with|talk\s+to|call\s+on|interact\s+with)\b",
    # "Delegation-level talks led by X and Y were held …": all who met follow (``ALL_PARTICIPANTS_AFTER_CUES``).
    r"\b(?:talks|meeting|discussions|dialogue)\s+(?:(?:was|were)\s+)?(?:jointly\s+)?(?:led|headed)\s+by\b"
    r"(?![^.;]*\b(?:will|would|shall)\b)",
    r"\b(?:talks|meeting)\s+(?:was|were)\s+held\b",
    r"\b(?:talks|meetings?)\s+between\b(?=[^.;]*\b(?:was|were)\s+held\b)",
    r"\b(?:after|following)\s+(?:[\w-]+\s+){0,2}?(?:talks|meetings?|discussions)\s+with\b",
    # "following the meeting of Prime Minister X and President Y on the sidelines …": the two named after it.
    r"\b(?:after|following)\s+(?:the|their)\s+(?:[\w-]+\s+){0,2}?(?:talks|meetings?)\s+of\b(?=[^.;]{0,100}?\band\b)",
    # "After meeting Y, X told reporters …": the gerund with the one met right after it (a capital: a name or title).
    r"\b(?:after|following)\s+meeting\b(?=\s+(?-i:[A-Z]))",
    # "X told Y in their bilateral meeting that …": what was said at a meeting of the two.
    r"\b(?:told|assured|urged|conveyed\s+to)\b(?=[^.;]{0,80}\b(?:in|during|at)\s+(?:their|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:meeting|talks|conversation)\b)",
    # "In a meeting with Y on Tuesday, X raised …", "During the talks with Y, X said …": the subject after the
    # comma met Y; "X and Y reviewed ties during their meeting in Delhi": the two met. Not a future one.
    r"(?:^|(?<=[\s,;:\"“(]))(?:in|during|at)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|discussions)\s+with\b"
    r"(?![^.;]*\b(?:will|would|upcoming|forthcoming|planned|scheduled|proposed|expected)\b)",
    r"\b(?:during|in|at)\s+their\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|discussions)\b"
    r"(?![^.;]*\b(?:will|would|upcoming|forthcoming|planned|scheduled|proposed|expected)\b)",
    # "posted pictures of his meeting with Y", "X described his talks with Y as …": his, the subject's.
    # "Singh's meeting with Y took place in Qingdao": the owner and Y, with the verb that says it did.
    r"\b(?:meeting|talks)\s+with\b(?=[^.;]{0,120}?\b" + _TOOK_PLACE + r"\b)",
    # "The meeting of A, B and C took place at a hotel": exactly those named after "of" met.
    r"\b(?:meeting|talks)\s+of\b(?=[^.;]{0,150}?\b" + _TOOK_PLACE + r"\b)",
    r"(?<!\bahead\sof\s)(?<!\bbefore\s)\b(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks)\s+with\b"
    r"(?=[^.;]*\b(?:was|were|had\s+been)\b|(?![^.;]*\b(?:will|would|upcoming|forthcoming|planned|scheduled|"
    r"proposed|expected)\b))",
)
# Cues held only between the people a between-marker names (Hindi "के बीच हुई बैठक"; English says
# "talks between X and Y were held", a held cue of its own).
BETWEEN_HELD_CUES = ()
# Cues after which every participant is named, as after "between": "… were co-chaired by X and Y".
ALL_PARTICIPANTS_AFTER_CUES = (
    r"co-chaired\s+by$", r"(?:talks|meeting|discussions|dialogue)\s+(?:(?:was|were)\s+)?(?:jointly\s+)?(?:led|headed)\s+by$",
)
BETWEEN_MARKERS = ()
# A call is a meeting held over the phone.
CALL_CUES = (
    # "spoke by telephone on Wednesday with his Tajik counterpart …": a date may stand before "with".
    r"\b(?:spoke|spoken|talked|speaks|talks|speak|talk)\s+(?:over|on|by)\s+(?:the\s+)?(?:phone|telephone)\b"
    r"(?:\s+(?!with\b|to\b)[\w,]+){0,4}?\s+(?:with|to)\b",
    r"\b(?:telephoned|phoned|dialled|dialed|called\s+up|rang\s+up)\b",
    # "X called Y to congratulate him": calling someone to do what a call does.
    r"\bcalled\b(?=\s+(?!(?:on|upon|for|off|up|it|in|out|a|an|the|this|that)\b)[^.;,]{1,60}?\bto\s+"
    r"(?:congratulate|wish|discuss|thank|greet|condole|convey|express|enquire|inquire|brief|share)\b)",
    # "X called Y on Monday evening", "… called Y and discussed …": a call told with its day, or with what the
    # two did on it, after the one called (never "called Y a liar", "called for", "called on").
    r"\bcalled\b(?=\s+(?!(?:on|upon|for|off|up|in|out)\b)(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?)?"
    r"(?:(?-i:[A-Z])[\w'’.-]*\s+){1,6}?"
    r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\band\s+(?:discussed|congratulated"
    r"|conveyed|expressed|wished|thanked|spoke|talked|exchanged)\b))",
    # "X called his Australian counterpart Y.", "X also called his Turkish counterpart, Y": a counterpart called.
    r"\bcalled\b(?=\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?counterparts?\b)",
    # "X made a telephone call to Y", "X was called by Y".
    r"\bmade\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:phone|telephone|telephonic|video)\s+calls?\s+to"
    r"(?:\s+(?:congratulate|greet|wish|thank))?\b",
    r"\b(?:was|were)\s+called\s+by\b",
    # "X told Y in a phone call that …", "X invited his counterpart, Y, during a phone conversation": what one said
    # to the other on a call of the two (the meeting's version: HELD_CUES).
    r"\b(?:told|assured|urged|conveyed\s+to|informed|invited|thanked|congratulated|briefed)\b"
    r"(?=[^.;]{0,80}\b(?:in|during|over)\s+(?:a|an|the|their)\s+"
    r"(?:phone|telephone|telephonic|video)\s+(?:call|conversation)\b)",
    # "X and Y spoke on the phone on Monday": the two who spoke, named before.
    r"\b(?:spoke|spoken|talked)\s+(?:over|on|by)\s+(?:the\s+)?(?:phone|telephone)\b(?!\s+(?:with|to)\b)",
    r"\b(?:had|held|holds|hold)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:videoconference|video-conference|teleconference)\b"
    r"(?:\s+with)?",
    # "X had contacted Y" (a person after it): in the news, by telephone.
    r"\b(?:had\s+)?contacted\b(?!\s+(?:by|via|through|officials?|authorities)\b)",
    r"\breceived\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:phone\s+|telephone\s+)?calls?\s+from\b",
    r"\b(?:had|held|holds|hold)\s+(?:an?\s+)?(?:phone|telephone|telephonic|video|virtual|online)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:calls?|conversations?|talks|discussions?|meetings?|interactions?|summit|conference|conferencing)\b(?:\s+with)?",
    # "X and Y discussed by phone …", "X discussed over the phone with Y …"
    r"\b(?:discussed|talked)\s+(?:by|over|on)\s+(?:the\s+)?(?:phone|telephone)\b(?:\s+with)?",
    r"\b(?:phone|telephone|telephonic|video)\s+(?:call|conversation|talks)\s+(?:took\s+place|was\s+held|were\s+held)\s+"
    r"between\b",
    # Speaking to someone, in the news, is a call unless they met.
    r"\b(?:spoke|spoken|talked|speaks)\s+(?:with|to)\b",
    # "X and Y agreed in a phone call …", "during a call between the two leaders", "a call between the two
    # men was productive": the call is told as a thing that happened.
    r"\b(?:in|during|over)\s+(?:a|an|the|their)\s+(?:phone\s+|telephone\s+|telephonic\s+|video\s+)?"
    r"(?:call|conversation)\b(?:\s+(?:between|with)\b)?",
    r"\b(?:a|the)\s+(?:phone\s+|telephone\s+)?(?:call|conversation)\s+between\b(?=[^.;]*\b(?:was|were)\b)",
)
# The next sentence, pointing back, says the talk was by telephone (``call_references``): "X spoke to Y. During
# the phone call, …", "In the telephone conversation, …".
CALL_REFERENCE_CUES = (
    r"\b(?:during|in)\s+(?:the|this)\s+(?:phone|telephone|telephonic)\s+(?:call|conversation)\b",
)
# A meeting verb in the base form or as a noun: a meeting is talked about,
# planned, expected or denied; never held by itself.
MENTION_CUES = (
    # The verb, not the noun of an event: "the SCO meet", "the ministers' meet", "this meet".
    r"(?<!\bthe\s)(?<!\bthis\s)(?<!\bthat\s)(?<!['’]\s)(?<!(?-i:[A-Z])\s)\bmeet\b(?:\s+with)?",
    r"\bmeeting\s+(?:with|between)\b",
    r"\b(?:talks|meetings|call|conversation)\s+between\b",
    r"\bhold\s+(?:[\w-]+\s+){0,3}?(?:talks|meetings?|discussions|dinner|lunch|luncheon|call|conversation|summit)\b"
    + _NOT_BEFORE_MEETING + r"(?:\s+with)?",
    r"\b(?:talks|meetings?|summit)\s+with\b",
    # "is slated to have a working lunch with", "is likely to have bilateral meetings with"; "to host a lunch for".
    r"\bhave\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:talks|meetings?|discussions|dinner|lunch|luncheon|breakfast|call"
    r"|conversation)" + _NOT_BEFORE_MEETING + r"\s+with\b",
    r"\bhost\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:dinner|lunch|luncheon|breakfast|banquet|reception)\s+"
    r"(?:for|in\s+honou?r\s+of)\b",
    # "X and Y will review the entire range of bilateral ties": reviewing ties together, to come.
    r"\breview\s+(?:[\w'’-]+\s+){0,6}?(?:ties|relations|cooperation|partnership)\b",
    # "X looks forward to meeting Y": a meeting to come.
    r"\b(?:look|looks|looking|looked)\s+forward\s+to\s+meeting\b",
    r"\bcall\s+on\b",
    r"\b(?:speak|interact)\s+(?:with|to)\b",
    r"\bdiscuss\s+(?:[\w'’-]+\s+){0,8}?with\b",
)
# Modality and the future: the meeting is planned or possible, not held.
MODALITY_CUES = (
    # Not the month: "on May 9", "in May 2019", "May-end".
    r"\b(?:may(?!\s*[-–]?\s*\d|\s*[-–]\s*end\b|-\w)|might|could|would|will|shall|can)\b",  # not "May-Elin"
    r"\b(?:is|are|was|were)\s+(?:expected|likely|scheduled|set|slated|due|supposed|going)\s+to\b",
    r"\bexpected\b",
    r"\blikely\b",
    r"\b(?:plans?|planned|planning|hopes?|intends?|wants?)\s+to\b",
    r"\b(?:look|looks|looking|looked)\s+forward\s+to\b",
    r"\bpossibility\b",
    r"\bpossible\b",
    r"\bproposed\b",
    r"\bupcoming\b",
    r"\bscheduled\b",
    r"\bnext\s+(?:week|month|year)\b",
    r"\bto\s+(?:meet|hold)\b",
    r"\bwill\b",
    r"'ll\b",
)
# The present telling the future: "X meets Y next week", "X holds talks with Y tomorrow" — a plan. A present-tense
# meeting verb (its first word) with one of the future's words after it, before the clause's next verb.
# A plan told before a present-tense cue in the same sentence: "X will begin his visit on Wednesday, when he meets
# Y", "X will travel to Dushanbe, where he meets Y" (``meetings.present_for_future``), as a regular expression
# that ends right before the cue.
FUTURE_FRAME_BEFORE = r"\b(?:will|shall)\s+(?:[\w,'’-]+\s+){1,12}?(?:when|where|during\s+which)\s+(?:[\w-]+\s+){0,3}$"
# A call told before what the two said on it, in the same clause: "In a phone call on Monday, X told Y …", "During a
# telephone conversation, X and Y discussed …" (``meetings.MeetingReader.cues``). After it, ``CALL_FRAME_TALK`` in a
# held cue makes that meeting a call, and ``CALL_FRAME_VERBS`` — what one says to the other — are cues of their own.
CALL_FRAME = (
    r"\b(?:in|during|over)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:phone|telephone|telephonic|video)\s+"
    r"(?:call|conversation|conference|talks?)\b"
    # … or the medium right after the talk: "X and Y held talks via video link".
    r"|\b(?:via|through|over|by)\s+(?:a\s+)?(?:video[\s-]*(?:link|conference|conferencing|call)|videoconference)\b"
)
# Call cues that begin with the verb's plain form, whose tense is told before them ("will speak by phone with Y",
# "is to hold a telephone conversation with Y"): read as mentions are (``meetings``), so a plan is planned.
CALL_PLAIN_FORMS = r"(?:speak|talk|hold)\s"
CALL_FRAME_TALK = r"\b(?:discuss\w*|talk\w*|spoke|speak\w*|exchanged|conversations?)\b"
CALL_FRAME_VERBS = r"\b(?:told|assured|urged|conveyed\s+to|informed|thanked|congratulated|invited)\b"
HEADLINE_SUBJECT_AFTER = ""  # see ``hi``: an English headline keeps the subject first
GUEST_BEFORE_HOST = ""  # see ``hi``
BARE_MEETING_VERBS = ""  # see ``hi``: English "A and B met" is read by its subjects
# After a meeting noun, the words that make those named before it its attendees, not the ones who meet (hi.py's
# "A और B इस बैठक में शामिल होंगे"; English says "attend", a verb of its own).
ATTENDING_AFTER_MEETING_NOUN = ""
# A meeting cue ending in the verb's gerund, whose object follows it ("looks forward to meeting Y"), not a noun's.
GERUND_CUE_ENDINGS = ("forward to meeting",)
PRESENT_TENSE_CUE_WORDS = frozenset(
    "meets holds is are calls speaks hosts receives welcomes interacts engages sits pays chairs co-chairs".split()
)
FUTURE_TIME_CUES = (
    r"\b(?:next|coming)\s+(?:week|month|year|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    r"\btomorrow\b",
    r"\blater\s+(?:this|in\s+the)\s+(?:week|month|year)\b",
)
# Negation: nothing is recorded.
NEGATION_CUES = (
    r"\bnot\b",
    r"n[’']t\b",
    r"\bno\b",
    r"\bnever\b",
    r"\bwithout\b",
    r"\bruled\s+out\b",
    r"\bfailed\s+to\b",
    r"\b(?:declined|refused)\b",
    r"\bunlikely\b",  # "X is unlikely to meet Y": no plan  # "postponed" calls a meeting off (``CANCELLATION_CUES``), as "deferred" does
)
# Cues that are a meeting only with someone named after them ("hosted X"; "the dinner hosted on …" is none).
NEEDS_OBJECT_CUES = (r"(?:received|welcomed|hosted)\b",)
# Denial of a report: "X denied (media reports) that a call took place between A and B".
# What someone doubts or does not recall ("I don't think I have met him"): not known to have happened.
DOUBT_CUES = (
    r"\b(?:do|does|did)\s*(?:not|n['’]t)\s+(?:think|believe|recall|remember)\b",
    r"\b(?:no|not\s+any)\s+(?:recollection|memory)\s+of\b",
)
DENIAL_CUES = (r"\b(?:denied|denies|deny|dismissed|refuted|rejected)\b(?=[^.;]*\b(?:reports?|claims?|that)\b)",)
# Cancellation: a meeting that was planned and will not take place is recorded as cancelled.
CANCELLATION_CUES = (r"\b(?:cancel+ed|called\s+off|scrapped|shelved|deferred|postponed|put\s+off)\b",)
# The day a meeting was called off, right after the verb ("the talks were called off on Monday", "postponed
# last week"): not the meeting's day (``meetings.MeetingReader.with_the_cancellations_date``).
CANCELLATION_DATE_AFTER = (
    r"\s+(?:(?:on|late\s+on|early\s+on|over\s+the|this|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|weekend|yesterday|week|month)\b|\s+earlier\s+(?:this|in\s+the)\s+(?:week|month|day)\b"
)
# A planned meeting said not to happen now, which the negation would otherwise leave unrecorded: called off.
NEGATED_CANCELLATION_CUES = (
    r"\b(?:will|would)\s+not\s+(?:now\s+)?(?:take\s+place|go\s+ahead|happen)\b(?=[^.;]*\b(?:after\s+all|now|any\s+more|anymore)\b)",
    r"\b(?:will|would)\s+no\s+longer\s+(?:take\s+place|go\s+ahead|happen)\b",
)
# A plan told in the past ("was scheduled to meet", "was to hold talks with"): in a story that reports a
# cancellation, a meeting that will not now take place — recorded as cancelled, not planned.
UNFULFILLED_PLAN_CUES = (
    r"\b(?:was|were|had\s+been)\s+(?:scheduled|slated|set|due|expected|supposed)\s+to\b",
    r"\b(?:was|were)\s+to\b",
    r"\bwould\s+have\s+(?:met|held|been)\b",
)
# "met X and Y separately": one bilateral meeting per person.
# "held bilateral talks with X, Y and Z" is a bilateral meeting with each of them.
SEPARATELY_CUES = (
    r"\bseparately\b", r"\bseparate\s+(?:talks|meetings?)\b", r"\bindividually\b",
    r"\bbilateral\s+(?:talks|meetings?|discussions|consultations)\b",
    # Plural visits and meetings of one with several, or of several with one: "paid courtesy calls on A and B",
    # "A and B paid courtesy visits to C", "cancelled his meetings with A and B", "had pull-aside meetings with A and B".
    r"\b(?:paid|made)\s+(?:courtesy\s+)?(?:calls|visits)\s+(?:on|to)\b",
    r"\bmeetings\s+with\b",
)
# "A and B were received by C and D, respectively": the first with the first, the second with the second.
RESPECTIVELY_CUES = (r"\brespectively\b",)
OWNER_PRONOUN_CUES = ()  # English owners are possessives of names ("Jaishankar's talks"), read elsewhere
OBJECT_PRONOUN_CUES = ()  # "met him" names nobody new: English objects are names and titles
HELD_AFTER_NOUN_CUES = ()
MEETING_NOUNS = (r"\b(?:meetings?|talks|discussions|call|conversation|summit)\b",)
# Several people met together: "held trilateral talks with X and Y", "the three leaders met jointly".
TOGETHER_CUES = (
    r"\b(?:trilateral|tripartite|quadrilateral|multilateral|four-way|three-way)\b",
    r"\b(?-i:joint|jointly|together)\b",  # in lower case: "Joint Operations" is a name
    r"\b(?:all\s+)?(?:three|four|five)\s+(?:leaders|ministers|sides)\b",
    r"\b(?:lunch|luncheon|dinner|banquet|breakfast|reception|summit)\b",
    # "met A and B for the first meeting of the AUKUS defence ministers": a meeting of them all.
    r"\b(?:meeting|talks)\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:ministers|leaders|chiefs|heads)\b",
    r"\battended\s+by\b",  # "a meeting attended by A and B": one meeting of them all
)
# A cue ending in one of these nouns names the others after "with" only ("held talks in Dushanbe with X";
# "held three election meetings, Patra said" names nobody met).
NOUN_CUE_ENDS = frozenset(
    "talks talk meetings meeting discussions consultations parleys dialogue conversation chat summit summits".split()
)
# Verbs of meeting someone, person by person: a list after them is one meeting each ("met A and B").
# "held meetings with A, B and C" (the plural) is one meeting each too.
ONE_EACH_CUES = (
    r"\b(?:met|meets|meet|called|calls|call|spoke|speaks|speak|interacted|interacts|interact|received|receive"
    r"|welcomed|welcome|paid|pay|visited)\b",
    r"\b(?:held|had|holds)\s+(?:separate\s+|bilateral\s+|separate\s+bilateral\s+)?meetings\b",
)
# Nouns of a larger event.
EVENT_NOUNS = (
    "meeting", "meetings", "meet", "conclave", "summit", "conference", "session", "forum", "ministerial",
    "gathering", "assembly", "dialogue",
)
# Summits and ministerial meetings of a grouping ("the G20 Summit", "SCO Defence Ministers' Meeting"): the
# phrase after the grouping's name, by the kind of meeting it is (the archive's title for it).
SUMMIT_PHRASES = {
    "Summit": r"(?:leaders['’]?\s+)?summit",
    # … or the ministers meeting: "The Quad foreign ministers met in Tokyo on Tuesday".
    "Foreign Ministers' Meeting": r"foreign\s+ministers(?:['’]?\s+(?:meeting|meet|conference|council)|\s+met\b)|FMM",
    "Defence Ministers' Meeting": r"defen[cs]e\s+ministers(?:['’]?\s+(?:meeting|meet|conclave|conference)|\s+met\b)",
    "Ministerial Meeting": r"ministerial(?:\s+meeting)?",
}
# "On the sidelines, X met Y": the sidelines of the event the article has just reported (none named here).
SIDELINES_OF_THE_EVENT_BEFORE = (r"\bon\s+the\s+(?:sidelines|margins|fringes?)\b(?!\s+of\b)",)
# The larger event a meeting happened at.
SIDELINES_CUES = (
    r"\bon\s+the\s+(?:sidelines|margins|fringes?)\s+of\b",
    r"\bon\s+the\s+(?:sidelines|margins)\b",
    r"\bwhile\s+attending\b",
    r"\bduring\s+the\b",
    r"\bat\s+the\b",
)
# Who met whom: the subject comes before the verb and the others after it
# (SVO), joined by ``CONNECTIVE_WORDS``.
WORD_ORDER = "SVO"
ERGATIVE_MARKERS = ()
LISTED_NAME_MARKERS = ()  # English names are told by their capitals (hi.py's ``listed_names``)
OBJECT_MARKERS = ()
COORDINATORS = ("and",)
# Clauses end here: cues in another clause do not apply. (Each break contains
# one of the ``CLAUSE_BREAK_WORDS``: a sentence with none is one clause.)
CLAUSE_BREAK_WORDS = (";", "but", "however", "whereas", "although", "while", "and")
CLAUSE_BREAKS = (
    r";", r",?\s+but\s+", r",?\s+however\b", r",?\s+whereas\s+", r",?\s+although\s+", r"\bwhile\s+(?!attending)",
    # "X met A, and NSA B had a meeting with C": a comma, "and", a new subject (no comma, no other "and") and its
    # meeting verb begin a second clause.
    r",\s+and\s+(?=(?:(?!and\b)[\w.'’-]+\s+){1,8}?(?:also\s+)?(?:met|had|held|called|spoke|hosted|received|welcomed"
    r"|visited|interacted|paid)\b)",
)
# A country is a meeting's place only after one of these ("met in India").
LOCATIVE_BEFORE = frozenset({"in", "at"})
LOCATIVE_AFTER = frozenset()
# Words that may stand between the participants of a meeting: "met with his
# Tajik counterpart, Col. Gen. X and Y".
# (Places and dates may stand there too: "held talks in Samarkand on Friday with X".)
CONNECTIVE_WORDS = frozenset(
    """with and his her their its the a an of both separately also counterpart counterparts respectively
    between s in at on top senior visiting new newly appointed newly-appointed former outgoing incoming
    diplomat diplomats leader leaders official officials host deputy acting vice assistant additional joint
    principal union
    adviser advisor advisers advisors defence military security
    ministers governors ambassadors envoys secretaries chiefs mps mlas cms""".split()
    # What a person is, before the name, that is no office: "met senior advocate Kapil Sibal", "TMC supremo
    # Mamata Banerjee", "actor-politician Kamal Haasan", "party colleague …".
    + """advocate lawyer supremo veteran colleague colleagues actor actress actor-politician politician
    industrialist businessman businesswoman activist journalist author writer cricketer filmmaker singer
    party""".split()
    # What qualifies a party's or a body's office: "BJP national president J P Nadda", "Congress working president
    # X", "state unit chief Y".
    + """national state working general regional district unit founder co-founder""".split()
)  # "and Union ministers A and B", "the Prime Minister's defence adviser Maj Gen …"
# After a group of those met, the people of it: "met several delegates on the sidelines of UNGA, including A,
# B and C" (``meeting_participants.including``), as regular expressions.
# Those who met someone, listed after the verb that names them: "The Governors who called on President
# Murmu were A, Governor of X; B, …", "Those who met the Prime Minister included A and B"; and one of them
# named before: "A was the first who called on President Murmu", "A was among those who met him".
RELATIVE_BEFORE_CUE = r"\bwho\s+(?:(?:also|later|then|had|have|has)\s+)?$"
LISTED_AFTER_RELATIVE = r"\b(?:were|are|included|include)\b"
SUBJECT_BEFORE_RELATIVE = r"^\s*,?\s*(?:was|were|is|are)\b"
INCLUDING_CUES = (r"including", r"among\s+them", r"among\s+others", r"such\s+as", r"namely")
# Adverbs and auxiliaries that may stand between a subject or a coordinator and a verb: "X also met Y and then
# called on Z", "X had met Y".
VERB_ADVERBS = frozenset("also then later subsequently again too first finally separately jointly had has have".split())
# Auxiliaries between a comma-enclosed aside and the verb: "Pande, who arrived on Monday, is scheduled to call on …".
AUXILIARY_WORDS = frozenset("is was are were will would shall be been being scheduled expected due set slated to".split())
# A comma-enclosed aside before the verb that opens with these words tells the background
# ("Singh, who arrived in Dushanbe on Tuesday, met …"): its date is not the meeting's.
BACKGROUND_ASIDE_WORDS = frozenset("who whom whose which having after".split())
BACKGROUND_PARTICIPLES = ()  # English tells background in asides
# A held cue opening with these words belongs to the verb before it: "X met Y after talks with Z" — X met Z.
SUBORDINATE_CUE_WORDS = frozenset({"after", "following"})
# An opening phrase naming someone set apart from the clause's meeting: "Apart from Putin, Modi met Y", "Besides
# Putin, Modi also met Y" — Putin is neither its subject nor met.
EXCEPTING_OPENING_WORDS = frozenset({"apart", "besides"})
MEETING_NOUN_MODIFIERS = ()  # Hindi's: English says whose meeting it is with a possessive (OWNED_MEETING_OPENINGS)
# A meeting someone owns: "his meeting with Y", "Singh's talks with Y" (the owner right before "'s" and at most
# two words: "Singh's bilateral meeting with Y"). The owner is its subject, and a cancellation anywhere in its
# clause calls it off ("Singh cancelled his meeting with Y", "Singh's meeting with Y was postponed").
OWNED_MEETING_OPENINGS = (r"(?:\b(?:his|her|their)|['’]s)\s+(?:[\w-]+\s+){0,2}$",)
# A cue ending with one of these words is followed by all the participants: "a meeting between X and Y".
BETWEEN_CUE_WORDS = frozenset({"between"})
# "… the meeting of X and Y": a meeting noun then "of" names all its participants too.
MEETING_OF_WORDS = frozenset({"of"})

# --- Organisations ---------------------------------------------------------------

# The last word of an organisation's name.
ORGANISATION_HEADS = {
    "Organisation": "intergovernmental", "Organization": "intergovernmental", "Council": "legislature",
    "Ministry": "ministry", "Department": "ministry", "Army": "armed_force", "Navy": "armed_force",
    "Force": "armed_force", "Forces": "armed_force", "Guard": "armed_force", "Command": "armed_force",
    "Agency": "government", "Commission": "government", "Committee": "government", "Union": "intergovernmental",
    "Alliance": "intergovernmental", "Bank": "other", "Forum": "intergovernmental", "Institute": "other",
    "Structure": "intergovernmental", "Association": "intergovernmental", "Party": "party",
    "Corporation": "company", "Bureau": "government", "Authority": "government", "Fund": "other",
    "Assembly": "legislature", "Parliament": "legislature", "Secretariat": "intergovernmental",
    "Community": "intergovernmental", "Congress": "legislature", "Senate": "legislature",
}
# Words after a legislature's name that make it an election's ("Lok Sabha elections", "Assembly seats":
# ``elections``), as regular expressions.
ELECTION_WORDS_AFTER = (
    r"elections?", r"polls?", r"by-?polls?", r"by-elections?", r"seats?", r"segments?", r"constituency",
    r"constituencies", r"results?", r"campaigns?", r"tickets?",
)
# A city's or a state's bodies, after its name ("Delhi Police": ``local_bodies``), and their catalogue names.
LOCAL_BODY_HEADS = {
    "Police": "Police", "Traffic Police": "Traffic Police", "Municipal Corporation": "Municipal Corporation",
    "Legislative Assembly": "Legislative Assembly", "Assembly": "Legislative Assembly",
    "State Election Commission": "State Election Commission", "Public Service Commission": "Public Service Commission",
}
# Head nouns of things that are not organisations, though written like one with an acronym:
# "Line of Actual Control (LAC)", "Basic Exchange and Cooperation Agreement (BECA)". The head of
# a name is its word before "of", "for" or "on" when there is one, else its last word.
NON_ORGANISATION_HEADS = frozenset(
    """Agreement Agreements Accord Accords Pact Treaty Convention Declaration Charter Act Line Initiative Corridor
    Exercise Operation Programme Program Scheme Protocol Memorandum Deal Doctrine Policy Strategy Plan
    Summit Pacific Consultations Dialogue Partnership Framework Mechanism Talks Statement Preferences Park
    Hotel Complex Springs Station Building News Photo Photos Kashmir""".split()
    # Offices are people's, never bodies: "Chief of Army Staff (COAS)", "National Security Advisor (NSA)".
    + """Minister Ministers Secretary Secretaries Chief Chiefs Advisor Adviser Advisors Advisers Representative
    Representatives Spokesperson Spokesman Spokeswoman Director Chairman Chairperson Commissioner Ambassador
    Envoy Governor President Marshal General Admiral Officer Commander Head Attache Attaché Chancellor Speaker
    Justice Justices Emperor Empress King Queen""".split()
    # Categories and concepts written like names: "Scheduled Caste", "Free and Open Indo-Pacific".
    + """Caste Castes Tribe Tribes Indo-Pacific South North""".split()
    # Events named like bodies: "India Energy Week", "Davis Cup", "the Asian Games".
    + """Week Expo Conclave Festival Games Olympics Olympiad Championship Championships Cup Trophy Marathon
    Carnival Fair""".split()
    # Things, measures and concepts defined with an acronym, as defence and economic news do: "Light Combat
    # Aircraft (LCA)", "Unmanned Aerial Vehicle (UAV)", "Beyond Visual Range (BVR)", "Goods and Services Tax
    # (GST)", "Minimum Support Price (MSP)", "Sustainable Development Goals (SDG)", "Human Development Index".
    + """Aircraft Helicopter Helicopters Tank Tanks Missile Missiles Vehicle Vehicles Rocket Rockets Drone Drones
    Satellite Satellites Submarine Submarines Vessel Vessels Radar Radars Launcher Howitzer Howitzers Torpedo
    Weapon Weapons Ammunition Range Tax Taxes Price Prices Product Products Investment Investments Index Goal
    Goals Rate Rates Deficit Certificate Licence License Visa Examination Exam Zone Zones Technology
    Technologies Capability Capabilities Positioning""".split()
)
# Offices only organisations have: the words right before them name one ("UN Secretary-General").
ORGANISATION_OFFICES = ("secretary_general",)
# Ministries by domain: "Ministry of Defence", "Defence Ministry".
MINISTRY_DOMAINS = {
    "defence": ("Defence", "Defense"),
    "external_affairs": ("External Affairs", "Foreign Affairs", "Foreign"),
    "home_affairs": ("Home Affairs", "Home", "Interior", "Internal Affairs"),
    "finance": ("Finance",),
    "commerce": ("Commerce and Industry", "Commerce", "Trade"),
}
MINISTRY_WORDS = ("Ministry",)
# Words that name a ministry after its domain only: "Pakistan Foreign Office", "the Home Office" (never
# "Office of Foreign Assets Control").
MINISTRY_WORDS_AFTER_DOMAIN = ("Office",)
# How a national ministry is named in the archive (the catalogue language's): by domain, the name for a
# country that names it so, else the usual one ("Ministry of External Affairs (India)", "Ministry of
# Foreign Affairs (Pakistan)").
MINISTRY_NAMES = {
    "external_affairs": {"India": "External Affairs", "": "Foreign Affairs"},
    "home_affairs": {"India": "Home Affairs", "": "Interior"},
}
# Armed forces of a country: "Indian Army", "Tajikistan's Air Force".
ARMED_FORCES = {
    "army": ("Army",), "navy": ("Navy",), "air_force": ("Air Force",), "armed_forces": ("Armed Forces",),
    "coast_guard": ("Coast Guard",),
}
# A country's diplomatic missions: "the US embassy", "High Commission of India in Colombo", "British High
# Commission" (``national_bodies.find_missions``); the city that hosts one, after it ("… in Kabul") or before it
# (hi.py's "काबुल स्थित …"), as regular expressions.
DIPLOMATIC_MISSIONS = {
    "embassy": ("Embassy",), "high_commission": ("High Commission",),
    "consulate": ("Consulate General", "Consulate-General", "Consulate"),
}
MISSION_HOST_AFTER = r"\s+in\s+"
MISSION_HOST_BEFORE = ""
FORCE_OFFICE_AFTER = ""  # hi.py's "के सेना प्रमुख": English writes a force's name before its chief ("Bangladesh Army chief")
# Words that join a body to the body it belongs to: "RATS of the SCO"
# (the part first), "the SCO's RATS" (the whole first).
PART_OF_CHILD_FIRST = (r"\s+of\s+(?:the\s+)?",)
PART_OF_PARENT_FIRST = (r"['’]s\s+",)
# "Ministry of Defence": how a ministry word joins its domain, when it comes first.
MINISTRY_OF = r"\s+of\s+(?:the\s+)?"
# Acronyms are written in Latin letters.
LETTER_NAMES = {}
TRANSLITERATED_CONNECTORS = frozenset()  # hi.py's "फॉर", "एंड": English's own connectors are read as such
# A name with one of these words is an exercise, a plan or a ship, never a body ("Flagship Exercise Milan",
# "Metro Rail Project", "INS Sahyadri", "HMAS Penguin"): what the tagger proposes, dropped (``tagged``).
NOT_BODY_WORDS = frozenset("Exercise Exercises Arrangement Project Projects Phase Abhiyan Partnerships Intersessional".split())
VESSEL_PREFIXES = frozenset("INS HMAS USS HMS PNS BNS SLNS HMNZS ROKS JS CNS MV INSV".split())
# One word the tagger may take for a body that, alone, is a generic reference ("the House", "the
# Assembly", "the Cabinet"): never an organisation on its own.
GENERIC_BODY_WORDS = frozenset(
    """House Senate Assembly Cabinet Centre Government Ministry Court Council Committee Commission
    Department Parliament Secretariat Opposition Administration Board Agency Bureau Union""".split()
)
# Names of a kind of body, not of a body ("the two Air Forces", "Armed Forces personnel"): an
# organisation only with a country or a body before them ("Bangladesh Armed Forces").
GENERIC_BODY_NAMES = frozenset((
    "Armed Forces", "Air Forces", "Air Force", "Navies", "Armies", "Defence Forces", "Defense Forces",
    "Security Forces", "Special Forces", "Armed Services", "Naval Forces", "Ground Forces", "Land Forces",
    "Paramilitary Forces", "Joint Staff", "State Government", "Central Government", "Guard of Honour",
    "Guard of Honor", "Union",
))
# What a body is, never its name even after a country (hi.py's "खुफिया एजेंसी"): English writes those in lower case.
DESCRIPTIVE_BODY_NAMES = frozenset()
# A person named right before one of these is named inside the name of something else.
NAME_OF_THING_HEADS = frozenset(
    """Trophy Cup Award Awards Prize Medal Stadium Airport Road Marg Street Avenue Bridge University College
    School Institute Hospital Foundation Memorial Bhawan Bhavan Nagar Chowk Scheme Yojana administration
    Administration regime era Yatra Menu Bottom""".split()
)
# Words right before the name of a thing, a ship, a fleet or an exercise, that no person's name follows: "Indian
# Naval Ships Sahyadri and Kamorta", "Exercise Yudh Abhyas", "Operation Kaveri" (``tagged``; ``VESSEL_PREFIXES``
# are such words too).
THING_WORDS_BEFORE_NAMES = frozenset(
    """Ship Ships ship ships Vessel Vessels vessel vessels Exercise Exercises exercise exercises Operation
    operation frigate frigates destroyer destroyers corvette corvettes submarine submarines carrier cruiser
    tanker""".split()
)
# Agencies credited in a dateline's brackets by letters that name other things elsewhere: "ANKARA (AA) -",
# "WASHINGTON (AP) —" ("AP" is Andhra Pradesh in Indian copy; ``agency_credits``), mapped to a name the
# gazetteer knows.
AGENCY_CREDITS = {"AP": "Associated Press", "AA": "Anadolu Agency"}
# Decorations written after an officer's name ("Lt Gen X, PVSM, AVSM, VSM, …"): no body's name.
POST_NOMINALS = frozenset("PVSM AVSM UYSM YSM SM VSM NM VM PVSM ADC MVC VrC SC KC AC".split())
# Heads of places named like people ("Tiananmen Square", "… Golf Course", "India Gate"): no person's name
# ends so (a club may: "Crystal Palace"). Not Park, Hall, Lake, Temple, Church: surnames too.
PLACE_NAME_HEADS = frozenset("Square Course Gardens Palace Fort Mosque Cathedral Harbour Valley Gate".split())
# The legal suffixes of a company's name ("Pirelli SpA", "Tata Sons Ltd"): no person's name has one.
COMPANY_SUFFIXES = frozenset("Inc Ltd Limited Corp Co Plc PLC SpA AG GmbH NV SA Bros LLC LLP Pvt".split())
# Of those, the heads of institutions, which are organisations though no person's name: "Harvard University",
# "Observer Research Foundation", "All India Institute of Medical Sciences" (``tagged``).
# Compass words: a category as a name's last word ("the Global South"), a body's first ("North Eastern Council").
COMPASS_WORDS = frozenset("North South East West".split())
INSTITUTION_HEADS = frozenset("University College School Institute Hospital Foundation".split())
INSTITUTION_DESCRIPTORS = frozenset()  # hi.py's: English names institutions by their capitals
# Words after an office that are no one's one-word name ("Chief Minister Office", "President House"):
# ``mononyms``.
MONONYM_STOP_WORDS = (
    frozenset(ORGANISATION_HEADS) | NON_ORGANISATION_HEADS | NAME_OF_THING_HEADS
    | frozenset("Office Offices House Residence Secretariat Camp Cell Desk Wing Team Staff".split())
)
# How sure the name tagger must be of a one-word name no title introduces ("Lebed said", "Muralitharan took
# three wickets"): ``mononyms.untitled_mononyms``, chosen on CoNLL-2003 eng.testa.
UNTITLED_MONONYM_CONFIDENCE = 0.9
# Heads of a person's time in office: a full name before them is the person's ("the Joe Biden administration").
TERM_OF_OFFICE_HEADS = frozenset("administration Administration regime era".split())
# A body known by its building, named as where something happened ("talks at the White House").
VENUE_BEFORE = r"\b(?:at|in|inside|outside|into|to|from)\s+(?:the\s+)?$"
VENUE_AFTER = r""
# A social network named as the medium of a statement ("said on Twitter", "took to X") is no body the story
# names: the words before it that say so.
MEDIUM_BEFORE = (
    r"\b(?:on|to|via|through|in\s+a\s+post\s+on|in\s+posts?\s+on)\s+(?:(?:his|her|their|its|the)\s+(?:official\s+)?)?$"
    r"|\b(?:on|to|via)\s+(?:X|Twitter)\s*[,(]?\s*(?:formerly|previously|earlier)\s+(?:known\s+as\s+)?$"
)
MEDIUM_AFTER = r""
# Capitalised words that never start an organisation's name.
ORGANISATION_STOP_WORDS = frozenset(
    "The A An This That Its His Her Their Our And Of In On At For With From By As To".split()
)
# A body's people or a share of them before "of" ("Officials of the Border Roads Organisation", "Students of
# the Indian Institute of Technology", "Many of the Congress MLAs"): no part of the body's name.
MEMBERS_OF_A_BODY = frozenset(
    """Officials Official Members Member Students Workers Employees Engineers Leaders Officers Activists
    Supporters Representatives Delegates Teachers Doctors Scientists Volunteers Cadres Soldiers Troops Jawans
    Commanders Experts Researchers Residents Farmers Lawyers Sources Spokesperson Spokesman Spokeswoman Heads
    Chiefs Directors Executives Staffers Staff Personnel Many Some Most All Several Both None Each One Two
    Three Four Five Dozens Hundreds Thousands""".split()
)
