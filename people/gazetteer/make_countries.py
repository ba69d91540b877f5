"""Write ``countries.json``: every sovereign country, in English and Hindi, with demonyms.

    pip install babel pycountry   # not needed by the archive itself
    python people/gazetteer/make_countries.py > people/gazetteer/countries.json

Names come from the Unicode CLDR (through Babel) in English and Hindi, with
ISO 3166 names from pycountry as extra English aliases ("Viet Nam",
"Kingdom of Saudi Arabia"). The list is the 193 UN member states and the two
observer states, plus Taiwan. Countries the starter gazetteer already has
(``starter.json``) are left out: their names and demonyms are curated there.
Demonyms are written here by hand for the countries the archive's news
names most; a name that is also a common word or a person's name in the
language ("माली", a gardener) is left out, so that the archive does not read
a place where there is none.
"""

import json
import re
import sys
from pathlib import Path

import pycountry
from babel import Locale

UN_MEMBERS = """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN
CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT
HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR
MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC
WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB
US UY UZ VU VE VN YE ZM ZW
""".split()
OBSERVERS_AND_OTHERS = ["PS", "VA", "TW"]

# CLDR's display names that are not what news writes.
ENGLISH_NAMES = {
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Côte d'Ivoire",
    "MM": "Myanmar",
    "PS": "Palestine",
    "VA": "Vatican City",
    "TR": "Turkey",
}
ENGLISH_ALIASES = {
    "CD": ["DR Congo", "DRC"],
    "CI": ["Ivory Coast"],
    "MM": ["Burma"],
    "CZ": ["Czech Republic"],
    "MK": ["Macedonia"],
    "SZ": ["Swaziland"],
    "GB": ["UK", "Britain", "Great Britain"],
    "AE": ["UAE"],
    "KP": ["DPRK"],
    "TL": ["East Timor"],
    "CV": ["Cape Verde"],
    "VA": ["Holy See"],
}
HINDI_NAMES = {"PS": "फ़िलिस्तीन", "CD": "कांगो लोकतांत्रिक गणराज्य", "CG": "कांगो गणराज्य"}
HINDI_ALIASES = {
    "GB": ["ब्रिटेन"],
    "AE": ["यूएई"],
    "SA": ["सउदी अरब"],
    "AF": ["अफगानिस्तान"],
    "IL": ["इजराइल", "इस्राइल"],
    "BD": ["बांग्लादेश", "बांगलादेश"],
    "LK": ["श्री लंका"],
    "DE": ["जर्मनी"],
    "AU": ["आस्ट्रेलिया"],
    "EG": ["मिस्र"],
    "MV": ["मालदीव्स"],
}
# Hindi names that are also common words: not read as places ("माली" is a gardener, "गिनी" counted).
LEFT_OUT_NAMES = {"माली", "गिनी"}
# Demonyms, English then Hindi, of the countries in the news most.
DEMONYMS = {
    "NP": (["Nepalese", "Nepali"], ["नेपाली"]),
    "LK": (["Sri Lankan"], ["श्रीलंकाई"]),
    "BD": (["Bangladeshi"], ["बांग्लादेशी"]),
    "AF": (["Afghan"], ["अफगान", "अफ़ग़ान"]),
    "BT": (["Bhutanese"], ["भूटानी"]),
    "MV": (["Maldivian"], ["मालदीवी"]),
    "MM": (["Myanmarese", "Burmese"], ["म्यांमारी"]),
    "VN": (["Vietnamese"], ["वियतनामी"]),
    "TH": (["Thai"], ["थाई"]),
    "ID": (["Indonesian"], ["इंडोनेशियाई"]),
    "MY": (["Malaysian"], ["मलेशियाई"]),
    "SG": (["Singaporean"], ["सिंगापुरी"]),
    "PH": (["Filipino", "Philippine"], ["फिलिपीनी"]),
    "MN": (["Mongolian"], ["मंगोलियाई"]),
    "TM": (["Turkmen"], ["तुर्कमेन"]),
    "AZ": (["Azerbaijani"], ["अज़रबैजानी", "अजरबैजानी"]),
    "AM": (["Armenian"], ["आर्मेनियाई"]),
    "AE": (["Emirati"], ["अमीराती"]),
    "SA": (["Saudi"], ["सऊदी"]),
    "IL": (["Israeli"], ["इजराइली", "इज़राइली"]),
    "EG": (["Egyptian"], ["मिस्री"]),
    "IQ": (["Iraqi"], ["इराकी"]),
    "SY": (["Syrian"], ["सीरियाई"]),
    "QA": (["Qatari"], ["कतरी"]),
    "OM": (["Omani"], ["ओमानी"]),
    "KW": (["Kuwaiti"], ["कुवैती"]),
    "BH": (["Bahraini"], ["बहरीनी"]),
    "GB": (["British"], ["ब्रिटिश"]),
    "DE": (["German"], ["जर्मन"]),
    "IT": (["Italian"], ["इतालवी"]),
    "ES": (["Spanish"], ["स्पेनिश", "स्पेनी"]),
    "PT": (["Portuguese"], ["पुर्तगाली"]),
    "NL": (["Dutch"], ["डच"]),
    "BE": (["Belgian"], ["बेल्जियाई"]),
    "CH": (["Swiss"], ["स्विस"]),
    "AT": (["Austrian"], ["ऑस्ट्रियाई"]),
    "PL": (["Polish"], ["पोलिश"]),
    "GR": (["Greek"], ["यूनानी"]),
    "SE": (["Swedish"], ["स्वीडिश"]),
    "NO": (["Norwegian"], ["नॉर्वेजियन"]),
    "DK": (["Danish"], ["डेनिश"]),
    "FI": (["Finnish"], []),  # फिनिश is also "finish"
    "AU": (["Australian"], ["ऑस्ट्रेलियाई"]),
    "NZ": (["New Zealander"], []),
    "CA": (["Canadian"], ["कनाडाई"]),
    "MX": (["Mexican"], ["मैक्सिकन"]),
    "BR": (["Brazilian"], ["ब्राजीली", "ब्राज़ीली"]),
    "AR": (["Argentine", "Argentinian"], ["अर्जेंटीनी"]),
    "ZA": (["South African"], ["दक्षिण अफ्रीकी"]),
    "NG": (["Nigerian"], ["नाइजीरियाई"]),
    "KE": (["Kenyan"], ["केन्याई"]),
    "ET": (["Ethiopian"], ["इथियोपियाई"]),
    "KP": (["North Korean"], ["उत्तर कोरियाई"]),
    "TW": (["Taiwanese"], ["ताइवानी"]),
    "PS": (["Palestinian"], ["फिलिस्तीनी", "फ़िलिस्तीनी"]),
    "MU": (["Mauritian"], []),
    "KH": (["Cambodian"], ["कंबोडियाई"]),
    "LA": (["Laotian", "Lao"], ["लाओ"]),
    "IE": (["Irish"], ["आयरिश"]),
    "CZ": (["Czech"], []),  # चेक is also a cheque
    "HU": (["Hungarian"], ["हंगेरियन"]),
    "RO": (["Romanian"], ["रोमानियाई"]),
    "BG": (["Bulgarian"], ["बल्गेरियाई"]),
    "RS": (["Serbian"], ["सर्बियाई"]),
    "HR": (["Croatian"], ["क्रोएशियाई"]),
    "LB": (["Lebanese"], ["लेबनानी"]),
    "JO": (["Jordanian"], ["जॉर्डनियाई"]),
    "YE": (["Yemeni"], ["यमनी"]),
    "LY": (["Libyan"], ["लीबियाई"]),
    "SD": (["Sudanese"], ["सूडानी"]),
    "DZ": (["Algerian"], ["अल्जीरियाई"]),
    "MA": (["Moroccan"], ["मोरक्कन"]),
    "TN": (["Tunisian"], ["ट्यूनीशियाई"]),
    "GH": (["Ghanaian"], ["घानाई"]),
    "TZ": (["Tanzanian"], ["तंजानियाई"]),
    "UG": (["Ugandan"], ["युगांडाई"]),
    "CU": (["Cuban"], ["क्यूबाई"]),
    "VE": (["Venezuelan"], ["वेनेजुएलाई"]),
    "CL": (["Chilean"], []),
    "CO": (["Colombian"], ["कोलंबियाई"]),
    "PE": (["Peruvian"], []),
}


def split_name(name):
    """"Myanmar (Burma)" → ["Myanmar", "Burma"]; "Bosnia & Herzegovina" → "Bosnia and Herzegovina"."""
    names = [part.strip() for part in re.split(r"[()]", name) if part.strip()]
    return [part.replace(" & ", " and ").replace("St. ", "Saint ") for part in names]


def build(known_codes):
    english, hindi = Locale("en").territories, Locale("hi").territories
    places = []
    for code in UN_MEMBERS + OBSERVERS_AND_OTHERS:
        if code in known_codes:
            continue
        country = pycountry.countries.get(alpha_2=code)
        en_names = split_name(ENGLISH_NAMES.get(code) or english[code])
        for extra in (getattr(country, "name", ""), getattr(country, "official_name", ""), getattr(country, "common_name", "")):
            if extra and "," not in extra:
                en_names.append(extra.removeprefix("the "))
        en_names += ENGLISH_ALIASES.get(code, [])
        hi_names = split_name(HINDI_NAMES.get(code) or hindi.get(code, "")) + HINDI_ALIASES.get(code, [])
        names = [n for n in dict.fromkeys(en_names + hi_names) if n and n not in LEFT_OUT_NAMES]
        if not names:
            continue
        name = en_names[0] if en_names[0] not in LEFT_OUT_NAMES else names[0]
        en_demonyms, hi_demonyms = DEMONYMS.get(code, ([], []))
        row = {"name": name, "kind": "country", "iso_code": code, "aliases": [n for n in names if n != name]}
        if en_demonyms or hi_demonyms:
            row["demonyms"] = en_demonyms + hi_demonyms
        places.append(row)
    return places


def main():
    assert len(UN_MEMBERS) == 193, len(UN_MEMBERS)
    starter = json.loads((Path(__file__).parent / "starter.json").read_text(encoding="utf-8"))
    known = {row.get("iso_code") for row in starter["places"] if row.get("iso_code")}
    data = {
        "about": "Every sovereign country not in starter.json, in English and Hindi (Unicode CLDR names through "
        "Babel, ISO 3166 names through pycountry), with demonyms; written by make_countries.py.",
        "places": build(known),
    }
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
