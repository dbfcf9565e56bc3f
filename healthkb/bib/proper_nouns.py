"""Proper nouns that Title Case cannot tell from ordinary words: places, peoples,
languages, months (NLM keeps their capitals in a sentence-case title).

Countries, regions and languages come from the Unicode CLDR's English names as
Babel ships them (Babel is already in the lock: Sphinx needs it), so the list is
kept up to date by CLDR, not by hand. CLDR has no demonyms ("Haitian", "Kenyan")
nor the states and provinces of the countries most health sources come from, so
those are listed below (from the ISO 3166-2 names and the usual English
adjectives), with the health programmes whose names are ordinary-looking words
("Medicare"). Names that are also common English words ("guinea pig", "afar",
"ewe", "veterans") are left out: keeping a common word's capital in a Title Case
title would be the worse fault.
"""

from __future__ import annotations

from functools import cache

from healthkb.bib.genera import GENERA

#: CLDR names that are common words, or that no title means as the place
_NOT_NAMES = frozenset(
    """
    world Guinea Afar Ewe Fang Slave Koro Sark Unknown Pseudo-Accents Pseudo-Bidi
    Multiple Eurozone Outlying Jersey Moose Plains Church
    """.split()  # noqa: SIM905
)
#: the first word of a CLDR language name that is an adjective of place
#: ("Haitian Creole", "Scottish Gaelic"), not "Old", "Classical", "Northern"
_PLACE_SUFFIXES = ("ian", "an", "ish", "ese", "iss")

_CURATED = """
    Stata Python Matlab
    Arctic Atlantic Pacific Mediterranean Scandinavia Scandinavian Arab Arabian
    Asian African American European Australasian Oceanian Caribbean Latino Latina
    Latinx Hispanic Aboriginal Inuit Métis Māori Maori Sami Roma Romani Bedouin
    Afghan Albanian Algerian Angolan Argentine Argentinian Armenian Austrian
    Australian Azerbaijani Bahraini Bangladeshi Belarusian Belgian Beninese
    Bolivian Bosnian Botswanan Brazilian British Bruneian Bulgarian Burkinabe
    Burmese Burundian Cambodian Cameroonian Canadian Chadian Chilean Chinese
    Colombian Congolese Croatian Cuban Cypriot Czech Danish Dominican Dutch
    Ecuadorian Egyptian Emirati English Eritrean Estonian Ethiopian Fijian
    Filipino Finnish French Gabonese Gambian Georgian German Ghanaian Greek
    Guatemalan Guinean Guyanese Haitian Honduran Hungarian Icelandic Indian
    Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese
    Jordanian Kazakh Kenyan Korean Kosovar Kuwaiti Kyrgyz Lao Laotian Latvian
    Lebanese Liberian Libyan Lithuanian Luxembourgish Malagasy Malawian
    Malaysian Maldivian Malian Maltese Mauritanian Mauritian Mexican Moldovan
    Mongolian Montenegrin Moroccan Mozambican Namibian Nepali Nepalese
    Nicaraguan Nigerian Nigerien Norwegian Omani Pakistani Palestinian Panamanian
    Paraguayan Persian Peruvian Polish Portuguese Qatari Romanian Russian
    Rwandan Salvadoran Samoan Saudi Scottish Senegalese Serbian Sierra Leonean
    Singaporean Slovak Slovenian Somali Spanish Sudanese Surinamese Swazi
    Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai Togolese Tongan
    Trinidadian Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek
    Venezuelan Vietnamese Welsh Yemeni Zambian Zimbabwean
    England Scotland Wales Britain Ulster Flanders Wallonia Catalonia Bavaria
    Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware
    Florida Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine
    Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
    Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah
    Vermont Virginia Washington Wisconsin Wyoming Appalachia Appalachian
    Californian Texan Floridian
    Alberta Manitoba Ontario Quebec Québec Saskatchewan Yukon Nunavut Labrador
    Newfoundland Ontarian Quebecer
    Queensland Tasmania Victoria
    Beijing Shanghai Wuhan Guangzhou Shenzhen Delhi Mumbai Kolkata Chennai
    Bangalore Karachi Lahore Dhaka Tokyo Osaka Seoul Bangkok Jakarta Manila
    Hanoi Singapore Sydney Melbourne Brisbane Perth Auckland Toronto Montreal
    Vancouver Ottawa Calgary Chicago Boston Philadelphia Baltimore Seattle
    Atlanta Houston Dallas Detroit Denver Pittsburgh Minneapolis London
    Manchester Birmingham Glasgow Edinburgh Cardiff Belfast Dublin Paris Sheffield
    Leeds Liverpool Bristol Newcastle Nottingham Leicester Oxford Cambridge
    Lyon Marseille Berlin Munich Hamburg Vienna Zurich Geneva Amsterdam
    Rotterdam Brussels Copenhagen Stockholm Oslo Helsinki Madrid Barcelona
    Lisbon Rome Milan Naples Athens Istanbul Ankara Moscow Warsaw Prague
    Budapest Cairo Lagos Nairobi Kampala Kinshasa Johannesburg Soweto Durban
    Accra Dakar Addis Ababa Khartoum Tehran Baghdad Riyadh Jeddah Dubai Gaza
    Jerusalem Mexico Bogotá Bogota Lima Santiago Quito Caracas Havana Rio
    Janeiro Paulo Buenos Aires Montevideo Framingham Rochester Baltimore
    Christian Christianity Jewish Judaism Muslim Islam Islamic Hindu Hinduism
    Buddhist Buddhism Sikh Catholic Protestant Amish Mormon Quaker
    Ramadan Hajj Christmas Easter Diwali
    Medicare Medicaid Obamacare
    January February March April June July August September October November
    December Monday Tuesday Wednesday Thursday Friday Saturday Sunday
"""
#: places of more than one word whose words are ordinary alone
_CURATED_PHRASES = """
    Middle East; Far East; West Africa; East Africa; North Africa; Central Europe;
    Eastern Mediterranean; Western Pacific; Southeast Asia; South Asia; East Asia;
    Northern Ireland; Great Britain; New York; New Jersey; New Mexico;
    New Hampshire; North Carolina; South Carolina; North Dakota; South Dakota;
    West Virginia; Rhode Island; New South Wales; South Australia;
    Western Australia; Northern Territory; British Columbia; Nova Scotia;
    New Brunswick; Prince Edward Island; Northwest Territories; Los Angeles;
    San Francisco; San Diego; New Orleans; Hong Kong; Cape Town; Sao Paulo;
    São Paulo; Rio de Janeiro; Tel Aviv; First Nations; Native American;
    Pacific Islander; Pacific Islanders; Alaska Native; Alaska Natives;
    American Indian; American Indians; Native Hawaiian; Native Hawaiians;
    New York City; West Nile; Torres Strait; Torres Strait Islander;
    Torres Strait Islanders; Global South; Global North; Ivory Coast;
    United States; United Kingdom; United Nations; European Union;
    Czech Republic; South Korea; North Korea; Sri Lanka; Saudi Arabia;
    Puerto Rico; Costa Rica; Sierra Leone; Burkina Faso; New Zealand;
    Papua New Guinea; Equatorial Guinea; Bosnia and Herzegovina;
    Trinidad and Tobago; Democratic Republic of the Congo; Veterans Affairs;
    Veterans Health Administration
"""


def _babel_names() -> tuple[set[str], set[tuple[str, ...]]]:
    """CLDR's English country, region and language names: single words, and
    the lower-cased words of the names of more than one word."""
    try:
        from babel import Locale
    except ImportError:  # Sphinx always brings Babel; the curated lists still work
        return set(), set()
    english = Locale("en")
    words: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    for name in [*english.territories.values(), *english.languages.values()]:
        name = name.replace("&", "and").replace("St.", "Saint")
        parts = name.split()
        if len(parts) == 1:
            words.add(name)
        elif all(
            part[:1].isupper() or part in ("and", "of", "the", "da") for part in parts
        ):
            phrases.add(tuple(part.lower() for part in parts))
            first = parts[0]
            if first.endswith(_PLACE_SUFFIXES) and first not in ("Old", "Middle"):
                words.add(first)
    for territory in english.territories.values():
        # "Myanmar (Burma)", "Hong Kong SAR China": the name before the note
        head = territory.split(" (")[0].split(" SAR ")[0]
        if " " not in head:
            words.add(head)
    return words - _NOT_NAMES, phrases


@cache
def proper_nouns() -> frozenset[str]:
    """Single words that are names whatever the title's case."""
    babel_words, _ = _babel_names()
    return frozenset(babel_words | set(_CURATED.split()) | GENERA) - _NOT_NAMES


@cache
def proper_phrases() -> frozenset[tuple[str, ...]]:
    """Names of more than one word, lower-cased word by word."""
    _, babel_phrases = _babel_names()
    curated = {
        tuple(phrase.lower().split())
        for phrase in _CURATED_PHRASES.split(";")
        if phrase.strip()
    }
    return frozenset(babel_phrases | curated)
