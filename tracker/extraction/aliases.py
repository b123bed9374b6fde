"""Names a directory implies but does not write: the unit without its territory, its acronym, its head.

A directory is written by an administrator, with each unit's full name: "Direction départementale des
territoires de la Drôme", "Sở Tài chính tỉnh Sông Lam", "Song Lam Department of Finance", "Agence
régionale de santé ... – Délégation départementale de la Drôme", "SDIS 26". Minutes written in that
territory leave the territory out ("la DDT", "Sở Tài chính", "the Department of Finance", "l'ARS", "le
SDIS") and name a unit by its acronym even where the directory gives none. :func:`derived_aliases` gives
each unit the names a reader of those minutes would use as well:

- **without the territory**: a place name that qualifies the names of several units of the directory
  (after "de la", "du", "tỉnh", "of", before "Department", or a département's number after an acronym)
  is the territory the whole directory serves, not a part of any one unit's identity. It is taken off
  when at least ``MIN_UNITS_SHARING`` units share it (a field such as "Santé" closes the names of two
  units at most) and what is left still names a field;
- **the acronym** of the name's words (their initials, function words skipped: "Agence régionale de
  santé" is ARS, "Service départemental d'incendie et de secours" SDIS, "Sở Tài chính" STC), when it
  has at least three letters and no other unit of the directory has the same one. An acronym is only
  matched in capitals (see ``directory``);
- **the head for the office**: "Services du Premier Ministre", "Office of the Prime Minister", "Cabinet
  du Gouverneur" also answer to "Premier Ministre", "Prime Minister", "Gouverneur";
- **without a bracket** ("Ministry of Finance (Nepal)", "X Power Company (EVNNPC)"), and, where the territory
  taken off was "of X Province", with "Provincial" as an English edition writes it ("Office of the Provincial
  People's Committee", "Provincial Department of Finance").

A derived name never replaces one the directory gives, and one that two units would share is dropped.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from tracker.extraction.results import DepartmentRef
from tracker.extraction.textprep import fold_loose, words

#: Units of a directory that must share a place name before it counts as the directory's territory.
MIN_UNITS_SHARING = 3
_CAPITAL = r"[A-ZÀ-ÖØ-ÞĐ]"
_PLACE_WORD = rf"{_CAPITAL}[\w’'.-]*"
#: A territory closing a name: "de la Drôme", "de l'Adamaoua", "du Sénégal", "tỉnh Nghệ An", "of Song Lam",
#: "i Västerlund", ", Ekby kommun" (a Swedish municipality or county with its kind after its name); or a
#: département's number after an acronym ("DDT 26").
_PLACE_AFTER = re.compile(
    rf"(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of(?:\s+the)?|i|tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã)\s*|,\s*)"
    rf"(?P<place>{_PLACE_WORD}(?:[\s-]{_PLACE_WORD}){{0,2}}(?:\s+(?:kommun|stad|län|region))?)$"
    r"|(?<=[A-Z])\s+(?P<number>\d{1,3}[AB]?)$"
)
#: Words that qualify a unit's level or kind, never a territory of their own.
_GENERIC = words(
    "provincial province people's peoples people city district county municipal national regional state town "
    "central general local office department ministry committee council board commune"
)
#: A territory opening a name, before the word for the unit: "Song Lam Department of Finance", "Lakeport
#: City Council".
_PLACE_BEFORE = re.compile(
    rf"(?<![\w’'])(?P<place>{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,2}}?)\s+(?=(?:Provincial|Province|City|Municipal|County|"
    r"District|Department|Ministry|Office|Board|Council|Committee|People['’]s)\b)"
)
#: The level of a Vietnamese territory before its name, kept with it ("Công an tỉnh").
_VI_LEVEL = re.compile(r"\s+(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã)")
#: Bodies that every level has (the province's, a district's, a commune's): their level stays in the name.
_VI_EVERY_LEVEL = re.compile(
    r"(?:Văn phòng\s+)?(?:Ủy ban|Uỷ ban|UBND|Hội đồng|HĐND|Công an|Thanh tra|Ban Chỉ huy|Bộ Chỉ huy|Mặt trận|"
    r"Ủy ban MTTQ|Liên đoàn|Đoàn|Văn phòng)\b",
    re.IGNORECASE,
)
#: A commune or a ward closing a unit's name ("Phòng Kinh tế xã Tân Phong", "Trạm Y tế phường An Lạc"): since the
#: two-level reform the communes' own units, which the commune's records name without it ("Phòng Kinh tế",
#: "Trạm Y tế xã"). A place only when it closes the names of several units (``MIN_UNITS_SHARING``).
_VI_COMMUNE_AFTER = re.compile(rf"\s+(?P<level>xã|phường)\s+(?P<place>{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,2}})$")
#: A part after a dash that places a delegation in its territory: "ARS ... – Délégation départementale".
#: Only a part that names a division or a delegation: "Sở Lao động - Thương binh và Xã hội" and "Đài Phát
#: thanh - Truyền hình X" are one name each.
_DASH_PART = re.compile(
    # ("Office national des forêts – Agence territoriale de X": a national body's local agency)
    # (the French part in lower case too: "Office français de la biodiversité – service départemental de X")
    # ("Agence nationale de X – Représentation régionale de Y": a national body's regional office)
    r"\s+[–—-]\s+(?=(?:D[ée]l[ée]gation|Direction|Service|Division|Section|Unit|Branch|Office|Bureau|Avdelning|"
    r"(?i:agence\s+(?:territoriale|d[ée]partementale|r[ée]gionale|locale)|d[ée]l[ée]gation|direction|service|antenne|"
    r"repr[ée]sentation\s+(?:r[ée]gionale|d[ée]partementale|locale|territoriale))|"
    r"Agence\s+(?:territoriale|d[ée]partementale|r[ée]gionale|locale)|Antenne|Unit[ée]\s+territoriale|"
    # ("Power Distribution Company - Ravipuram Operation Circle": an Indian utility's circle)
    r"Enhet)\b|.*\b(?:Division|Section|Unit|Branch|Office|Circle)$).*$"
)
#: Words skipped in an acronym.
_SKIPPED = words("de la le les l d du des et en a au aux the of and for in on och for i av va cua cac s")
_WORD = re.compile(r"[^\W\d_][\w]*(?:['’][\w]+)?")
#: A Swedish body named by one compound, its field and its kind: "Kommunstyrelsen, Ekby kommun",
#: "Regionfullmäktige, Region X", "Socialnämnden, Y kommun": the minutes of that municipality or region
#: name it by that word alone.
_SV_BODY_WORD = re.compile(
    r"[A-ZÅÄÖ][a-zåäö]{3,}(?:styrelsen|nämnden|fullmäktige|förvaltningen|kontoret|kansliet|utskottet|revisionen|"
    # "Regionservice, Region X", "Räddningstjänsten, Y kommun", "Folktandvården, Region X": a service by its field
    r"service|tjänsten|vården)"
)
#: A Swedish municipality's or region's unit, the municipality first and a dash or a comma: "Ekby kommun – Tekniska
#: förvaltningen", "Region Norrby – Hälso- och sjukvårdsförvaltningen", or a comma and its body's one word in lower
#: case, "Ekby kommun, kommunstyrelsen". The minutes name the unit alone.
#: The body may be an adjective and a noun, or a unit of an office ("Ekby kommun, tekniska nämnden", "Ekby stad,
#: ekonomienheten", "Ekby stad, samhällstekniska sektorn"); the municipality first is then a territory of a directory
#: kept for several (:func:`_places`).
_SV_MUNICIPAL_UNIT = re.compile(
    r"^(?P<place>[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)?\s+(?:kommun|stad|län|region|landsting)|Region\s+[A-ZÅÄÖ][\w-]*)"
    r"(?:\s+[–—-]\s+(?P<unit>[A-ZÅÄÖ].+)|,\s+(?P<body>(?:[a-zåäö]{3,}[ae]\s+[a-zåäö]*|[a-zåäö]{3,})"
    r"(?:styrelsen|nämnden|förvaltningen|kontoret|fullmäktige|avdelningen|enheten|sektorn|kansliet|utskottet)))$"
)
#: A Swedish unit named by one compound, its field before its kind: "Landsbygdsavdelningen",
#: "Kommunikationsenheten". A text also writes it "Avdelningen för landsbygd", "Enheten för kommunikation".
_SV_FIELD_UNIT = re.compile(r"(?P<field>[A-ZÅÄÖ][a-zåäö]{2,}?)(?P<kind>avdelningen|enheten|sektionen|byrån|staben)")
_SV_UNIT_KIND = {
    "avdelningen": "Avdelningen",
    "enheten": "Enheten",
    "sektionen": "Sektionen",
    "byrån": "Byrån",
    "staben": "Staben",
}
#: A Swedish company's name with its form, "AB" (aktiebolag): "PiteBo AB" is "PiteBo" in a text, "AB X-Trafik"
#: "X-Trafik".
_SV_COMPANY = re.compile(r"AB\s+(?P<after>\S.{2,})|(?P<before>\S.{2,}?)\s+AB")
#: A company's legal form closing its name: "... Nigam Limited", "... Pvt. Ltd.".
_LIMITED = re.compile(r"\s+(?:(?:Private|Pvt\.?)\s+)?(?:Limited|Ltd\.?)$")
#: A Swedish unit named by an adjective and a noun, indefinite: "Central elevhälsa" is "Centrala elevhälsan" in a
#: sentence ("Centrala elevhälsan ges i uppdrag ..."), "Regional utveckling" "Regionala utvecklingen".
_SV_INDEFINITE_PAIR = re.compile(r"(?P<adj>[A-ZÅÄÖ][a-zåäö]{3,}[^aeiouyåäö\W])\s(?P<noun>[a-zåäö]{3,})")
#: A Swedish unit named by one noun, indefinite: "Lagberedning" is "lagberedningen" in a sentence ("uppdrar åt
#: lagberedningen att ..."), "Näringslivsutveckling" "näringslivsutvecklingen" (a compound, long enough not to be a
#: word of another language).
_SV_INDEFINITE_NOUN = re.compile(r"[A-ZÅÄÖ][a-zåäö]{5,}(?:ing|het|tion|skap)")
#: A county administrative board, written with or without "i": "Länsstyrelsen Örebro län" is also "Länsstyrelsen i
#: Örebro län", and the reverse.
_SV_COUNTY_BOARD = re.compile(r"Länsstyrelsen\s+(?P<i>i\s+)?(?P<county>[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)?\s+län)")
#: ... or by its county's name alone, as a directory may enter it: "Länsstyrelsen Skåne", "Länsstyrelsen Västra
#: Götaland" (its "län" left out).
_SV_COUNTY_BOARD_SHORT = re.compile(r"Länsstyrelsen\s+(?P<county>[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)?)(?<!\slän)")
#: An elided article or preposition: "l'Agriculture", "d'incendie".
_ELIDED = re.compile(r"^[ldLD]['’]")
#: A state's agency named with the state's name, as the state's own texts write it without: "Ekiti State Primary
#: Health Care Development Agency" is "the State Primary Health Care Development Agency" (three words at least
#: after "State").
_STATE_UNIT = re.compile(r"^[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?\s(?P<unit>State\s[A-Z][\w'-]*(?:\s[\w'&-]+){2,})$")
#: An office named after its head: "Services du Premier Ministre", "Office of the Prime Minister".
_OFFICE_OF = re.compile(
    r"^(?:Services?|Cabinet|Bureau|Office|Secr[ée]tariat|Kansliet|Kabinettet)\s+"
    r"(?:du|de\s+la|de\s+l['’]|des|of\s+the|of|för)\s+"
    # the head is a person's title, not a field ("Service des finances" is no office of "finances")
    r"(?P<head>(?:Premier|Prime|Vice|Chief|Deputy|Secretary|Minist(?:er|re)|Pr[ée]sident|Gouverneur|Governor|Maire|"
    r"Mayor|Pr[ée]fet|Prefect|Chancellor|Director|Directeur|Commissioner|Head|Chef|City|County)\b.{0,50})$",
    re.IGNORECASE,
)


#: Vietnamese words for a body and their usual abbreviations, both ways: "UBND xã X" is "Ủy ban nhân dân xã X".
_VI_SHORT = (
    (re.compile(r"\b(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân\b", re.IGNORECASE), "UBND"),
    (re.compile(r"\bHội\s+đồng\s+nhân\s+dân\b", re.IGNORECASE), "HĐND"),
    (re.compile(r"\bMặt\s+trận\s+Tổ\s+quốc\b", re.IGNORECASE), "MTTQ"),
    (re.compile(r"\bBan\s+Quản\s+lý\s+dự\s+án\b", re.IGNORECASE), "Ban QLDA"),
    # the country in one word or two, as English editions write it both ways: "State Bank of Viet Nam"
    (re.compile(r"\bViet\s+Nam\b"), "Vietnam"),
)
_VI_LONG = (
    (re.compile(r"\bUBND\b"), "Ủy ban nhân dân"),
    (re.compile(r"\bHĐND\b"), "Hội đồng nhân dân"),
    (re.compile(r"\bMTTQ\b"), "Mặt trận Tổ quốc"),
    (re.compile(r"\bVietnam\b"), "Viet Nam"),
)
#: The part after a dash that names a division of the unit: "Transportation Services - Traffic Operations
#: Division" also answers to "Traffic Operations".
_DIVISION = re.compile(r"\s+[–—-]\s+(?P<part>[A-ZÀ-ÖØ-ÞĐ].*?)\s+(?:Division|Section|Unit|Branch|Office)$")


#: An office named after what its head is called: the "County Executive Office" is the County Executive
#: Officer's, the "County Library" the County Librarian's, the "Sheriff's Office" the Sheriff's.
#: The "Legal Draftsman's Department" the Legal Draftsman's.
_HEAD_OF = re.compile(r"(?:\s+Offices?|\s+Library|\s+Treasury|\s+Department|['’]s\s+(?:Office|Department))$")
_HEADS = {
    " office": " Officer",
    " offices": " Officers",  # "Revenue Divisional Offices": "Revenue Divisional Officers", one office each
    " library": " Librarian",
    " treasury": " Treasurer",
    " department": " Officer",
}  # "'s Office": the head alone
#: An English directorate: "General Directorate of X" is "the Directorate of X" in a text; the offices of one level
#: ("Provincial Directorates of X") answer to that level's directors and to their level alone ("the provincial
#: directors", "the provincial directorates").
_EN_DIRECTORATE = re.compile(
    r"(?P<general>General\s+)?(?P<level>(?:Provincial|District|Regional|Divisional|County|State)\s+)?"
    r"Directorate(?P<plural>s)?(?P<rest>\s+of\s+\S.*)$"
)


#: The level a unit belongs to, after its name once the territory is off: "de la Commune", "of the City"; or after a
#: comma ("Finance Department, City of X", "..., Regional Municipality of X": "Finance Department, City"; "Revenue
#: Department, Government of X": "Revenue Department, Government").
_LEVEL_TAIL = re.compile(
    r"\s+(?:de\s+la\s+(?:Commune|Ville|Province|R[ée]gion)|du\s+(?:Canton|D[ée]partement)|"
    r"of\s+the\s+(?:City|County|Town|Municipality))$"
    r"|,\s+(?:City|County|Town|Township|(?:Regional\s+)?Municipality|Region|(?:State\s+)?Government)$"
)
#: A division named with its parent: "Phòng Quản lý Giá và Công sản thuộc Sở Tài chính".
#: The command of a force, named by its force alone: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh X" is "Bộ đội Biên phòng
#: tỉnh" in an order ("Riêng Bộ đội Biên phòng tỉnh chỉ đạo các đồn ...").
_VI_COMMAND_OF = re.compile(r"(?:Bộ|Ban) Chỉ huy (?=Bộ đội )")
#: (or after a dash: "Phòng Quy hoạch - Kiến trúc - Sở Xây dựng tỉnh X", the parent's own notices naming it alone)
_PARENT = re.compile(r"\s+(?:trực\s+)?thuộc\s+\S.*$|(?:,|\s+[–—-])\s+(?=(?:Sở|Bộ|Ủy ban|UBND|Tổng cục|Cục)\s).*$")
#: A parent's office or inspectorate, named with its parent: "Văn phòng Sở Xây dựng tỉnh X", "Thanh tra Bộ Y tế".
#: The parent's own notices say "Văn phòng Sở", "Thanh tra Sở" (nobody's where the directory holds two such).
_OFFICE_OF_PARENT = re.compile(r"(?:Văn phòng|Thanh tra) (?:Sở|Bộ)(?= \S)")
#: The level word before the province closing a name, which texts leave out: "Đài Phát thanh và Truyền hình tỉnh X"
#: is "Đài Phát thanh và Truyền hình X", as "Báo X" is the province's paper.
_VI_PROVINCE_LEVEL = re.compile(r"\s+tỉnh(?=\s+[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,2}$)")
#: A French direction, headed by its director: "Direction générale", "Direction des travaux publics".
_DIRECTION = re.compile(r"Direction(?P<rest>\s.+)$")
#: What follows "Direction" when it heads services of one field: " des services techniques municipaux", " des services
#: vétérinaires" (the services, with or without their level).
_FR_SERVICES_OF = re.compile(
    r"\s+des\s+(?P<services>services\s+(?!(?:de|du|des|d)\b)[^\W\d_]{4,})"
    r"(?P<level>\s+(?:municipaux|communaux|d[ée]partementaux|r[ée]gionaux|provinciaux|intercommunaux))?$"
)
#: A ministry's name, in French (its "MIN..." acronym, see ``derived_aliases``).
_MINISTRY = re.compile(r"Minist[èe]re\s")
#: "Secrétariat général du Gouvernement": its head, "le Secrétaire général du Gouvernement", stands for it.
_SECRETARIAT = re.compile(r"Secr[ée]tariat(?P<rest>\s.+)$")
#: "Sous-préfecture de Bréval", "Préfecture du Cantal": its head, "le sous-préfet de Bréval", "la préfète du Cantal",
#: stands for it (the name of a place after it, no division after a dash).
_PREFECTURE = re.compile(r"(?P<sub>Sous-p|P)r[ée]fecture(?P<rest>\s+(?:de|du|des|d['’])\s*[^–—]+)$")
#: "Préfectures de département", "Gouvernorats de région", "préfectures": a unit that stands for every office of one
#: kind, named in the plural; its heads in the plural name it ("Les préfets devront ...", "en relation avec les
#: Gouverneurs de région").
_FR_PLURAL_OFFICES = re.compile(
    r"(?P<office>(?:[Ss]ous-)?[Pp]r[ée]fectures|[Gg]ouvernorats|[Rr]ectorats)(?P<rest>\s.*)?$"
)
_FR_PLURAL_HEADS = {"gouvernorats": "gouverneurs", "rectorats": "recteurs"}
#: A unit of a body named after it ("Propaganda and Mass Mobilization Commission of the Provincial Party Committee",
#: "Office of the Provincial People's Committee"): English writes it with the body's genitive first as well.
_OWNERS_UNIT = re.compile(
    # (the unit one word too: "Office of the Provincial Party Committee" is "the Provincial Party Committee's Office")
    r"(?P<unit>(?:[A-Z][\w&,' -]*?\b)?(?:Office|Commission|Committee|Board|Department|Division|Secretariat|Unit|Bureau|"
    r"Agency|Inspectorate))\s+of\s+the\s+(?P<owner>[A-Z][\w'’ -]*?\b(?:Committee|Council|Board|Ministry|Government))$"
)
#: "Direction des services départementaux de l'éducation nationale": its head is the "directeur académique des
#: services de l'éducation nationale" (the DASEN).
#: A body named by one word before the division after its dash: "Enedis - Direction régionale X", "Orange – Délégation
#: régionale": the texts of the territory name it by that word ("en lien avec Enedis").
_ONE_WORD_BODY = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{4,}(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?")
_DSDEN = re.compile(r"services\s+d[ée]partementaux\s+de\s+l['’][ée]ducation\s+nationale", re.IGNORECASE)
#: An administration of a territory that opens a unit's name before a dash: "Préfecture de X – Bureau du
#: cabinet", "Mairie de Y – Service des sports": its own texts name the unit alone.
_TERRITORY_HEAD = re.compile(
    r"(?:Sous-)?Pr[ée]fecture|Mairie|Commune|Ville|D[ée]partement|R[ée]gion|Conseil\s+(?:d[ée]partemental|r[ée]gional)"
)
_MASCULINE = re.compile(
    r"\b(g[ée]n[ée]ral|r[ée]gional|d[ée]partemental|national|provincial|financi)(?:e|(?<=financi)ère)\b"
)


#: A bracket in a name that texts leave out: an acronym, a country, a head ("Thanh Phong Power Company
#: (EVNNPC)", "Ministry of Finance (Nepal)", "Finance Department (City Treasurer), City of X").
_BRACKET = re.compile(r"\s*\([^()]{1,60}\)")
#: A province closing a name ("... of Kim Giang Province", "..., Kim Giang Province").
_PROVINCE_TAIL = re.compile(r"(?:\s+of|,)\s+(?:[A-ZÀ-ÖØ-ÞĐ][\w'’-]*\s+){1,3}Province$")
#: A unit of a lower level than the province, named in the name ("People's Committee of Tan Lac Commune").
_LOWER_LEVEL = re.compile(r"\b(?:Commune|Ward|District|Town|City|Village|Provinc\w*)\b")
_PEOPLES = re.compile(r"\bPeople['’]s\b")


#: A Swedish unit named by one compound, its kind its last part: "Ekonomiavdelningen (kommunledningskontoret)",
#: "Miljöenheten (samhällsbyggnad)": the word alone names it (one word, but no word of a field alone; not a plural,
#: "Länsstyrelserna (samtliga 21)", which a text writes for the boards at large as well).
_SV_ONE_WORD_UNIT = re.compile(
    r"[A-ZÅÄÖ][a-zåäö]{3,}(?:avdelningen|enheten|sektionen|byrån|staben|kontoret|kansliet|förvaltningen|"
    r"nämnden|styrelsen|utskottet|verket|myndigheten|inspektionen)"
)
#: Units of one kind named all at once, one compound in the plural, and a bracket that says all of them:
#: "Länsstyrelserna (samtliga länsstyrelser)", "Länsstyrelserna (alla 21)", "Socialnämnderna (samtliga)".
_SV_PLURAL_UNITS = re.compile(r"[A-ZÅÄÖ][a-zåäö]{3,}(?:styrelserna|nämnderna|myndigheterna)")
_SV_ALL_OF_THEM = re.compile(r"\((?:samtliga|alla)\b")
#: A state agency named by the State's or the country's genitive and one noun: "Statens vatteninstitut", "Sveriges
#: geologiska undersökning" no (two words). Its own texts name it again by the noun, definite: "Vatteninstitutet ska
#: också ...", "Kartverket", "Grundvattenbyrån".
_SV_GENITIVE_AGENCY = re.compile(r"(?:Statens|Sveriges)\s(?P<noun>[a-zåäö]{6,})")
#: The same unit with the office it belongs to after a comma, as a directory writes it without brackets:
#: "HR-avdelningen, regionledningskontoret", "Ekonomienheten, Kommunledningsförvaltningen": the first word alone
#: names it.
_SV_SUB_UNIT = re.compile(
    r"(?P<unit>(?:[A-ZÅÄÖ]{2,5}-[a-zåäö]*|[A-ZÅÄÖ][a-zåäö]{3,})(?:avdelningen|enheten|sektionen|byrån|staben|kansliet)),\s+"
    r"[a-zåäöA-ZÅÄÖ][a-zåäö]{3,}(?:förvaltningen|kontoret|kansliet|staben)"
)

#: ... or the office first, as a directory writes a unit under its administration: "Tekniska förvaltningen,
#: VA-avdelningen", "Kommunledningskontoret, HR-enheten" (its place after it left out before: "..., Gransunds kommun").
_SV_SUB_UNIT_AFTER = re.compile(
    r"(?P<office>[A-ZÅÄÖ][a-zåäö]{3,}[ae]\s+(?:förvaltningen|kontoret)|[A-ZÅÄÖ][a-zåäö]{3,}(?:förvaltningen|kontoret|kansliet)),"
    # (the unit in lower case too: "Koncernförvaltningen, personalenheten")
    r"\s+(?P<unit>(?:[A-ZÅÄÖ]{2,5}-[a-zåäö]*|[A-ZÅÄÖa-zåäö][a-zåäö]{3,})(?:avdelningen|enheten|sektionen|byrån|staben))"
)


def _without_bracket(name: str) -> str | None:
    """The name without its brackets, when it has some and at least two words are left (or one Swedish
    compound that names a unit by its kind)."""
    bare = " ".join(_BRACKET.sub("", name).split())
    if bare == name:
        return None
    if _SV_ALL_OF_THEM.search(name) and _SV_PLURAL_UNITS.fullmatch(bare):
        return bare  # "Länsstyrelserna (samtliga länsstyrelser)": the plural names them all, as the bracket says
    return bare if len(_WORD.findall(bare)) >= 2 or _SV_ONE_WORD_UNIT.fullmatch(bare) else None


def _as_provincial(name: str, bare: str) -> list[str]:
    """ "People's Committee of X Province" as an English edition writes it once X is left out: "Provincial
    People's Committee", "Office of the Provincial People's Committee", "Provincial Department of Finance"."""
    if not _PROVINCE_TAIL.search(name) or _LOWER_LEVEL.search(bare):
        return []
    peoples = _PEOPLES.search(bare)
    if peoples:
        return [bare[: peoples.start()] + "Provincial " + bare[peoples.start() :]]
    return ["Provincial " + bare]


def _spellings(name: str) -> list[str]:
    """The other ways Vietnamese minutes spell a body's name ("UBND" for "Ủy ban nhân dân", and back; "Viet Nam" for
    "Vietnam", and back)."""
    spelled = []
    for table in (_VI_SHORT, _VI_LONG):
        other = name
        for pattern, replacement in table:
            other = pattern.sub(replacement, other)
        if other != name:
            spelled.append(other)
    return spelled


def _names(dept: DepartmentRef) -> list[str]:
    return [name.strip() for name in (dept.name, *dept.aliases) if isinstance(name, str) and name.strip()]


#: A unit's name after the administration it belongs to and a dash: "Département de la Mayenne - Direction des
#: finances", "Royaume du Maroc - Ministère de l'Intérieur", "MRC de X - Direction générale".
_HEADED_NAME = re.compile(r"^(?P<head>[^–—]+?)\s+[–—-]\s+(?P<unit>[A-ZÀ-ÖØ-Þ].{3,})$")


#: A title that names a unit by its holder, in the masculine: "Greffier-trésorier", "Coordonnateur SSI", "Trésorier".
#: Minutes write it for the woman who holds it: "la greffière-trésorière", "la coordonnatrice".
_FR_MASCULINE_TITLE = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+(?:ier|teur)(?:-[a-zà-ÿ]+(?:ier|teur))?(?=\s|$)")
_FR_TITLE_ENDING = re.compile(r"(?:ier|teur)\b")


#: A municipal office named by its field, whose holder's title the minutes write instead: "Service du greffe",
#: "Greffe", "Trésorerie municipale".
_FR_OFFICE_OF_HOLDER = re.compile(
    r"^(?:(?:Service|Bureau|Direction)\s+(?:du|de\s+la)\s+)?(?P<field>[Gg]reffe|[Tt]r[ée]sorerie)"
    r"(?:\s+(?:municipale?|de\s+la\s+[Vv]ille))?$"
)
_FR_OFFICE_HOLDERS = {"greffe": ("Greffier", "Greffière"), "tresorerie": ("Trésorier", "Trésorière")}


def _feminine_title(name: str) -> str | None:
    """ "Greffier-trésorier" is also "Greffière-trésorière", "Coordonnateur SSI" "Coordonnatrice SSI"."""
    title = _FR_MASCULINE_TITLE.match(name)
    if title is None:
        return None
    feminine = _FR_TITLE_ENDING.sub(lambda m: "ière" if m.group() == "ier" else "trice", title.group())
    return feminine + name[title.end() :]


def _headings(departments: tuple[DepartmentRef, ...]) -> frozenset[str]:
    """Folded administrations that open the names of several units before a dash: the minutes of that
    administration name the unit alone ("la Direction des finances", "le Secrétariat général du gouvernement")."""
    sharing: Counter = Counter()
    for dept in departments:
        hit = _HEADED_NAME.match(dept.name) if " - " in dept.name or " – " in dept.name else None
        if hit:
            sharing[fold_loose(hit.group("head")).lower()] += 1
    return frozenset(head for head, count in sharing.items() if count >= MIN_UNITS_SHARING)


_MINISTRY_BEFORE = re.compile(r"\b(?:Ministry|Minister|Ministère|Ministre|Ministerio)$")
#: ... and so is an English "Department of Finance" (not "Health Department, Devgarh", nor "Département de la Mayenne",
#: a territory's).
_DEPARTMENT_OF = re.compile(r"\bDepartment\s+of\s+(?:the\s+)?$")


def _places(departments: tuple[DepartmentRef, ...]) -> set[str]:
    """Folded place names that qualify the names of several units (the directory's territory)."""
    sharing: dict[str, set] = defaultdict(set)
    for dept in departments:
        for name in _names(dept):
            name = _DASH_PART.sub("", name)
            for pattern in (_PLACE_AFTER, _PLACE_BEFORE):
                hit = pattern.search(name)
                if hit is None:
                    continue
                if pattern is _PLACE_AFTER and (
                    _MINISTRY_BEFORE.search(name, 0, hit.start())
                    or _DEPARTMENT_OF.search(name, 0, hit.start("place") if hit.group("place") else 0)
                ):
                    continue  # "Ministry of Finance": a ministry is named for its field, never a territory
                if pattern is _PLACE_BEFORE and name.endswith(" Ministry") and hit.end() == len(name) - 8:
                    continue  # "Finance Ministry" (an alias of several governments' ministries): its field too
                place = hit.group("place") if hit.group("place") else hit.group("number")
                key = fold_loose(place)
                sharing[key].add(dept.id if dept.id is not None else dept.name)
                # "Nam Nghệ An": the last words may be the territory, the first a part of the name
                parts = key.split()
                for size in range(2, len(parts)):
                    sharing[" ".join(parts[-size:])].add(dept.id if dept.id is not None else dept.name)
            municipal = _SV_MUNICIPAL_UNIT.match(name) if ", " in name or " – " in name or " - " in name else None
            if municipal:  # "Ekby kommun, tekniska nämnden", "Ekby kommun – Tekniska förvaltningen": Ekby kommun's
                sharing[fold_loose(municipal.group("place"))].add(dept.id if dept.id is not None else dept.name)
    places = set()
    for key, units in sharing.items():
        if all(word in _GENERIC for word in key.split()):
            continue  # "Provincial People's Committee": "Provincial", "People's" are no territory
        needed = 2 if key[:1].isdigit() else MIN_UNITS_SHARING
        if len(units) >= needed:
            places.add(key)
    # "Secrétariat Général du Gouvernement (Guinée)", "... (Mali)": a country or a region in brackets after the name,
    # which a directory kept for several writes to tell apart the units of the same name
    qualified: dict[str, set] = defaultdict(set)
    for dept in departments:
        hit = _BRACKET_PLACE.search(dept.name) if dept.name.endswith(")") else None
        if hit is not None:
            qualified[fold_loose(hit.group("place")).lower()].add(dept.id if dept.id is not None else dept.name)
    if len(qualified) >= 2:
        places.update(key for key, units in qualified.items() if len(units) >= 2)
    return places


#: A place in brackets closing a unit's name, in proper words, not an acronym: "(Guinée)", "(Côte d'Ivoire)".
_BRACKET_PLACE = re.compile(rf"\s\((?P<place>{_CAPITAL}[a-zà-öø-ÿ’'-]+(?:\s(?:d['’])?[A-Za-zÀ-ÖØ-öø-ÿ’'-]+){{0,2}})\)$")


@lru_cache(maxsize=16)
def _communes(departments: tuple[DepartmentRef, ...]) -> frozenset[str]:
    """The communes and wards that close the names of several units of a directory (:data:`_VI_COMMUNE_AFTER`)."""
    sharing: dict[str, set] = defaultdict(set)
    for dept in departments:
        for name in _names(dept):
            hit = _VI_COMMUNE_AFTER.search(name) if "xã" in name or "phường" in name else None
            if hit is not None:
                sharing[hit.group("place")].add(dept.id if dept.id is not None else dept.name)
    return frozenset(place for place, units in sharing.items() if len(units) >= MIN_UNITS_SHARING)


def _without_commune(names: list[str], departments: tuple[DepartmentRef, ...]) -> list[str]:
    """A commune's unit as the commune's records name it: "Phòng Kinh tế" for "Phòng Kinh tế xã Tân Phong", and
    "Công an xã", "Văn phòng HĐND và UBND xã" for the bodies every level has (the level stays)."""
    communes = _communes(departments) if any("xã" in name or "phường" in name for name in names) else ()
    bare = []
    for name in names if communes else ():
        hit = _VI_COMMUNE_AFTER.search(name)
        if hit is None or hit.group("place") not in communes:
            continue
        without = name[: hit.start()]
        if _VI_EVERY_LEVEL.match(without) or len(_WORD.findall(without)) < 2:
            without += " " + hit.group("level")
        bare.append(without)
    return bare


def _without_place(name: str, places: set[str]) -> str | None:
    """The name with the territory taken off, or None when it holds none (or only that is left)."""
    bare = _DASH_PART.sub("", name)
    changed = bare != name
    for pattern in (_PLACE_AFTER, _PLACE_BEFORE):
        hit = pattern.search(bare)
        if hit is None:
            continue
        if pattern is _PLACE_BEFORE and fold_loose(hit.group("place")) not in places:
            # "Organisation Board of the Dong Vinh City Party Committee": the territory before its owner's level, past
            # the unit's own words ("Organisation Board"), is "the City Party Committee" in the text of that city
            hit = next((h for h in pattern.finditer(bare) if fold_loose(h.group("place")) in places), hit)
        place = hit.group("place") if hit.group("place") else hit.group("number")
        folded = fold_loose(place)
        cut = None
        if folded in places:
            cut = hit.span()
        else:  # the last words only: "Khu kinh tế Đông Nam Nghệ An" keeps "Đông Nam"
            parts = place.split()
            for size in range(len(parts) - 1, 1, -1):
                if fold_loose(" ".join(parts[-size:])) in places and pattern is _PLACE_AFTER:
                    cut = (hit.end() - len(" ".join(parts[-size:])), hit.end())
                    break
        if cut is not None:
            level = _VI_LEVEL.match(bare, cut[0]) if pattern is _PLACE_AFTER else None
            without = (bare[: cut[0]] + " " + bare[cut[1] :]).strip(" ,")
            if level and (_VI_EVERY_LEVEL.match(bare) or len(_WORD.findall(without)) < 2):
                # "Công an tỉnh Nghệ An" is "Công an tỉnh": police, committees and offices exist at every level
                cut = (level.end(), cut[1])
            bare = (bare[: cut[0]] + " " + bare[cut[1] :]).strip(" ,")
            bare = " ".join(bare.split())
            changed = True
    folded = fold_loose(bare)
    # the longest place first, and always the same one: "Kwara State Teaching Service Commission" loses "Kwara State",
    # not "Kwara" (a set's order changes from one run to the next)
    longest_first = sorted(places, key=lambda place: (-len(place), place))
    for place in longest_first:  # a territory closing the name with no word before it: "Khu kinh tế Đông Nam Nghệ An"
        if folded.endswith(" " + place) and len(folded) == len(" ".join(bare.split())):
            bare = " ".join(bare.split())[: -len(place) - 1]
            changed = True
            break
    folded = fold_loose(bare)
    for place in longest_first:  # ... or opening it, before any word: "Thanh Phong Irrigation Company"
        if folded.startswith(place + " ") and len(folded) == len(" ".join(bare.split())):
            bare = " ".join(bare.split())[len(place) + 1 :]
            changed = True
            break
    level = _LEVEL_BEFORE_DASH.match(bare) if changed else None
    if level is not None:
        bare = bare[level.end() :]  # "Kerenga County - Department of Health Services": its territory's level too
    if not changed or (
        len(_WORD.findall(bare)) < 2 and not re.fullmatch(r"[A-ZĐ&]{2,8}", bare) and not _SV_BODY_WORD.fullmatch(bare)
    ):
        return None
    return bare


#: The level of the territory left before a dash once its name is taken off: "County - ", "State - ".
_LEVEL_BEFORE_DASH = re.compile(r"(?:County|State|Shire|Council|City|Municipality|Province|Region|District)\s+[–—-]\s+")


def _without_county(bare: str) -> list[str]:
    """A county's unit as the county's own minutes name it: "Marlow County Department of Public Works", once its
    county is taken off ("County Department of Public Works"), is "the Department of Public Works"; "County
    Sheriff's Office" the "Sheriff's Office". A unit named for the county keeps it ("County Counsel": one word left)."""
    if not bare.startswith("County "):
        return []
    rest = bare[len("County ") :]
    return [rest] if len(_WORD.findall(rest)) >= 2 and rest[:1].isupper() else []


def _initials(name: str) -> str | None:
    """ "Agence régionale de santé" -> "ARS"; None for fewer than three letters, or for a name that holds an
    acronym already ("VBSP Nghe An")."""
    tokens = [_ELIDED.sub("", t) for t in _WORD.findall(name)]
    tokens = [t for t in tokens if t and fold_loose(t).lower() not in _SKIPPED]
    if len(tokens) < 3 or len(tokens) > 8 or any(len(t) > 1 and t.isupper() for t in tokens):
        return None
    return "".join(fold_loose(t)[0] for t in tokens).upper()


#: The body a unit belongs to, before a spaced en or em dash: "Ghana Education Service – ...", "Electricity Company
#: of Ghana – District Office" (a hyphen joins the parts of one name: "Sở Lao động - Thương binh và Xã hội").
_BODY_BEFORE_DASH = re.compile(r"([^–—]{8,80}?)\s+[–—]\s+")


def _acronym_sources(name: str) -> list[str]:
    """The name, its start up to a proper name inside it ("Agence régionale de santé Auvergne-..."), and the body
    before a dash that names its office ("Ghana Education Service – X District Education Directorate": "GES")."""
    body = _BODY_BEFORE_DASH.match(name)
    name = _DASH_PART.sub("", name)
    sources = [name] if body is None else [name, body.group(1)]
    tokens = list(_WORD.finditer(name))
    for i, previous in enumerate(tokens[:-1], start=1):
        rest = tokens[i:]
        if (
            previous.group()[0].islower()
            and fold_loose(previous.group()) not in _SKIPPED
            and all(t.group()[0].isupper() for t in rest)  # the name closes on a proper name, "Auvergne-..."
        ):
            sources.append(name[: previous.end()])
            break
    return sources


@lru_cache(maxsize=16)
def territories(departments: tuple[DepartmentRef, ...]) -> dict[str, frozenset[DepartmentRef]]:
    """The territories of a directory kept for several (folded place names), each with the units whose
    names carry it."""
    units: dict[str, set] = defaultdict(set)
    places = _places(departments)
    if len(places) < 2:
        return {}
    pattern = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, places), key=len, reverse=True)) + r")\b")
    for dept in departments:
        for name in _names(dept):
            for hit in pattern.finditer(fold_loose(name).lower()):
                units[hit.group()].add(dept)
    return {place: frozenset(found) for place, found in units.items()}


def local_units(departments: tuple[DepartmentRef, ...], territory: str | None) -> frozenset[DepartmentRef]:
    """The units of the text's own territory (:func:`text_territory`); none when it has none."""
    return territories(departments).get(territory, frozenset()) if territory else frozenset()


@lru_cache(maxsize=16)
def _territory_pattern(departments: tuple[DepartmentRef, ...]) -> re.Pattern | None:
    places = territories(departments)
    if len(places) < 2:
        return None
    names = [*places, *_bare_territories(departments)]
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b")


#: The endings that make a French adjective of a country's name (folded): "gabonaise" of "Gabon", "sénégalais",
#: "guinéen" of "Guinée" (its last "e" off), "malien", "marocain".
_FR_DEMONYM_ENDINGS = r"(?:aise?s?|oise?s?|iens?|iennes?|ens?|ennes?|aine?s?|ns?|nnes?)"


@lru_cache(maxsize=16)
def _fr_demonyms(departments: tuple[DepartmentRef, ...]) -> tuple[re.Pattern, dict[str, str]] | None:
    """A French text names its country by its adjective as often as by its name: "la République gabonaise", "le
    Gouvernement sénégalais", "l'État guinéen" (the pattern, with the territory of each stem). Countries of one
    word only, as a directory kept for several governments writes them in brackets ("(Gabon)")."""
    stems: dict[str, str] = {}
    for place in territories(departments):
        if re.fullmatch(r"[a-z]{4,}", place):
            stems[place] = place
            if place.endswith("e"):
                stems[place[:-1]] = place
    if not stems:
        return None
    names = "|".join(sorted(stems, key=len, reverse=True))
    return re.compile(r"\b(" + names + ")" + _FR_DEMONYM_ENDINGS + r"\b"), stems


@lru_cache(maxsize=16)
def _bare_territories(departments: tuple[DepartmentRef, ...]) -> dict[str, str]:
    """A Swedish territory by its name alone, with the territory it stands for: a news story says "i Piteå" of the
    directory's "Piteå kommun" ("Gävle" for "Gävle kommun", "Uppsala" for "Region Uppsala" is not read)."""
    bare: dict[str, str] = {}
    for place in territories(departments):
        name, _space, kind = place.rpartition(" ")
        if kind in ("kommun", "stad", "lan", "region") and len(name) >= 3:
            bare[name] = place
    return bare


@lru_cache(maxsize=16)
def _territory_sites(departments: tuple[DepartmentRef, ...]) -> tuple[re.Pattern, dict[str, str]] | None:
    """The web addresses of territories of several words, written as one: "khanhhoa.gov.vn", "baoquangtri.vn",
    "www.dongthap.gov.vn" (the pattern), with each spelling's territory."""
    spelled = {place.replace(" ", ""): place for place in territories(departments) if " " in place}
    if not spelled:
        return None
    names = "|".join(sorted(spelled, key=len, reverse=True))
    return re.compile(r"(?<![a-z0-9-])(?:bao)?(" + names + r")\.(?:gov\.|com\.|org\.)?vn\b"), spelled


#: The administration a unit's code gives: "SN" of "SN-PRIM", "CD" of "CD-PM" (a directory kept for several).
_CODE_GROUP = re.compile(r"([A-Za-z]{1,8})[-_.]\w")


def code_group(dept: DepartmentRef) -> str | None:
    group = _CODE_GROUP.match(str(dept.code or dept.id or ""))
    return group.group(1).upper() if group else None


@lru_cache(maxsize=16)
def _own_names(departments: tuple[DepartmentRef, ...]) -> tuple[tuple[str, str, DepartmentRef], ...]:
    """The names (folded, of two words or more) that only one unit of the directory carries, where that unit is
    of one territory, with the territory and the unit: "văn phòng tỉnh ủy" of the directory's "Văn phòng Tỉnh ủy
    A"."""
    territory_of: dict[DepartmentRef, set[str]] = defaultdict(set)
    for place, units in territories(departments).items():
        for unit in units:
            territory_of[unit].add(place)
    # a unit whose name carries no territory ("Ủy ban nhân dân huyện X", a district of the province) is of the
    # territory of the other units of its administration, told by its code's prefix ("BL-..."), where that is one
    places_of_group: dict[str, set[str]] = defaultdict(set)
    for unit, places in territory_of.items():
        places_of_group[code_group(unit) or ""].update(places)
    for dept in departments:
        group = code_group(dept) if dept not in territory_of else None
        if group and len(places_of_group.get(group, ())) == 1:
            territory_of[dept] = places_of_group[group]
    holders: dict[str, set] = defaultdict(set)
    for dept in departments:
        for name in _names(dept):
            holders[fold_loose(name)].add(dept)
    # ... and the names the directory implies for one unit only ("Ban Quản lý các khu công nghiệp" of "... tỉnh A")
    for dept, names in derived_aliases(departments).items():
        for name in names:
            holders[fold_loose(name).lower()].add(dept)
    own = []
    for name, units in holders.items():
        if len(units) == 1 and " " in name:
            places = territory_of.get(next(iter(units)), ())
            if len(places) == 1:
                own.append((name, next(iter(places)), next(iter(units))))
    return tuple(own)


def _territory_by_units(departments: tuple[DepartmentRef, ...], lower: str) -> str | None:
    """A Vietnamese story that never names its province: the territory of which it names at least two units by
    names no other unit carries, given or implied ("lãnh đạo Văn phòng Tỉnh ủy", "Theo báo cáo của Ban Quản lý dự
    án ... tỉnh", "UBND tỉnh" where the directory gives these to province A's units only; "UBND huyện X", a
    district of A by its code); None when no territory, or more than one, has two. A text that names the units of
    one territory only may name a single one, if more than once: "Kết luận ... tại buổi làm việc với UBND thị xã X"
    and "Yêu cầu UBND thị xã X ..." in its body, the province's own units without their province."""
    found: dict[str, set] = defaultdict(set)
    times: Counter = Counter()
    for name, place, unit in _own_names(departments):
        if name in lower:
            hits = len(re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", lower))
            if hits:
                found[place].add(unit)
                times[unit] = max(times[unit], hits)  # (its names are spellings of one unit: the most found)
    named = [place for place, units in found.items() if len(units) >= 2]
    if not named and len(found) == 1:
        place, units = next(iter(found.items()))
        return place if times[next(iter(units))] >= _NAMED_AGAIN else None
    return named[0] if len(named) == 1 else None


#: How many times a text names the one unit of a territory it names, to be of that territory.
_NAMED_AGAIN = 2


def text_territory(departments: tuple[DepartmentRef, ...], folded: str, language: str | None = None) -> str | None:
    """The territory a text is written in, when its directory serves several: the one it names most.

    A directory kept for several provinces or districts holds "Sở Tài chính tỉnh A" and "Sở Tài chính
    tỉnh B"; a notice of province A names its own units without the province ("Sở Tài chính", "UBND
    tỉnh") and names the province in its header ("ỦY BAN NHÂN DÂN TỈNH A", "A, ngày ..."), its
    title and its body. Read once per text; None when the directory serves one territory or the
    text names none of them (a Vietnamese text that names none: see :func:`_territory_by_units`)."""
    pattern = _territory_pattern(departments)
    if pattern is None:
        return None
    lower = folded.lower()
    bare = _bare_territories(departments)
    counts = Counter(bare.get(hit.group(), hit.group()) for hit in pattern.finditer(lower))
    sites = _territory_sites(departments)
    if sites is not None and (".vn" in lower or ".gov" in lower):
        # "(khanhhoa.gov.vn) - Chiều 10/6, ...": a provincial portal's news names its province in its address only
        counts.update(sites[1][hit.group(1)] for hit in sites[0].finditer(lower))
    demonyms = _fr_demonyms(departments) if language == "fr" else None
    if demonyms is not None:
        # "Code forestier en République Gabonaise", "le Gouvernement sénégalais": the country by its adjective
        counts.update(demonyms[1][hit.group(1)] for hit in demonyms[0].finditer(lower))
    if not counts:
        return _territory_by_units(departments, lower) if language == "vi" else None
    return counts.most_common(1)[0][0]  # a tie goes to the territory named first


@lru_cache(maxsize=16)
def derived_aliases(
    departments: tuple[DepartmentRef, ...], territory: str | None = None
) -> dict[DepartmentRef, tuple[str, ...]]:
    """Each unit's names that its directory implies (see the module's docstring).

    A name that several units would share is nobody's, except where ``territory`` (the text's own, see
    :func:`text_territory`) holds exactly one of them: "Sở Tài chính" is then that territory's. A bare name
    the administrator gave a unit of another territory ("Sở Nội vụ" for the Sở Nội vụ of province A) does
    not stop the text's own unit from taking it in a text of province B (see :func:`all_names`)."""
    places = _places(departments)
    headings = _headings(departments)
    local = local_units(departments, territory)
    given: dict[str, set] = defaultdict(set)
    for unit in departments:
        for name in _names(unit):
            given[fold_loose(name).lower()].add(unit)
    proposed: dict[str, set] = defaultdict(set)
    by_dept: dict[DepartmentRef, list[str]] = defaultdict(list)
    heads: set[str] = set()  # (folded) the heads of offices, which one unit of each administration may share
    for dept in departments:
        names = _names(dept)
        unbracketed = [name for name in map(_without_bracket, names) if name]
        bare_names = []
        for name in names + unbracketed:
            bare = _without_place(name, places)
            if bare:
                bare_names += [bare, *_as_provincial(name, bare), *_without_county(bare)]
        bare_names = unbracketed + bare_names + _without_commune(names, departments)
        headed = _HEADED_NAME.match(dept.name) if headings and (" - " in dept.name or " – " in dept.name) else None
        if headed and fold_loose(headed.group("head")).lower() in headings:
            bare_names.append(headed.group("unit"))  # "Département de la Mayenne - Direction des finances"
        # ("Commune de X - Cabinet du Maire": a hyphen with spaces, as a directory typed on a keyboard writes the dash)
        elif (" – " in dept.name or " — " in dept.name or " - " in dept.name) and _TERRITORY_HEAD.match(dept.name):
            territorial = _HEADED_NAME.match(dept.name)
            if territorial and _TERRITORY_HEAD.fullmatch(territorial.group("head").split()[0]):
                bare_names.append(territorial.group("unit"))  # "Préfecture de X – Bureau de la communication"
        # "Direction financière de la Commune": the municipality's own, as its minutes leave it out
        bare_names += [_LEVEL_TAIL.sub("", bare) for bare in bare_names if _LEVEL_TAIL.search(bare)]
        candidates = list(bare_names)
        for name in names + bare_names:
            candidates += _spellings(name)
            command = _VI_COMMAND_OF.match(name) if name.startswith("B") else None
            if command:
                candidates.append(name[command.end() :])
            parent = _PARENT.search(name)
            if parent and len(_WORD.findall(name[: parent.start()])) >= 2:
                candidates.append(name[: parent.start()])  # "Phòng Quản lý giá thuộc Sở Tài chính" is "Phòng ..."
            office_of_parent = _OFFICE_OF_PARENT.match(name) if name.startswith(("V", "T")) else None
            if office_of_parent:
                candidates.append(office_of_parent.group())  # "Văn phòng Sở Xây dựng tỉnh X" is "Văn phòng Sở"
            if " tỉnh " in name and (level := _VI_PROVINCE_LEVEL.search(name)) is not None:
                candidates.append(name[: level.start()] + name[level.end() :])  # "Đài ... tỉnh X": "Đài ... X"
            direction = _DIRECTION.match(name)
            if direction:  # "Direction générale": its head, "le directeur général", "la directrice générale"
                rest = direction.group("rest")
                masculine = _MASCULINE.sub(lambda m: m.group(1) + ("er" if m.group(1) == "financi" else ""), rest)
                candidates += ["Directeur" + masculine, "Directrice" + rest]
                services = _FR_SERVICES_OF.match(rest) if "services " in rest else None
                if services:
                    # "Direction des services techniques municipaux": "les services techniques" in the minutes
                    bare_services = services.group("services")
                    candidates += [bare_services + (services.group("level") or ""), bare_services]
            feminine = _feminine_title(name) if "ier" in name or "teur" in name else None
            if feminine:
                candidates.append(feminine)
            office = _FR_OFFICE_OF_HOLDER.match(name) if "reffe" in name or "sorerie" in name else None
            if office:  # "Service du greffe": "la greffière", "le greffier" who runs it
                candidates += _FR_OFFICE_HOLDERS[fold_loose(office.group("field")).lower()]
            prefecture = _PREFECTURE.match(name) if "fecture" in name else None
            if prefecture:
                title = "Sous-préf" if prefecture.group("sub") == "Sous-p" else "Préf"
                candidates += [title + "et" + prefecture.group("rest"), title + "ète" + prefecture.group("rest")]
            plural = _FR_PLURAL_OFFICES.match(name) if "ures" in name or "rats" in name else None
            if plural:  # "Préfectures de département": "les préfets", "les Préfets de département"
                office = plural.group("office")
                if office.endswith("fectures"):
                    title = office[:-7] + "ets"
                else:
                    title = _FR_PLURAL_HEADS[office.lower()]
                    title = title.capitalize() if office[0].isupper() else title
                candidates.append(title + (plural.group("rest") or ""))
            if " " in name and _DASH_PART.search(name):
                body = _DASH_PART.sub("", name)
                if _ONE_WORD_BODY.fullmatch(body):
                    candidates.append(body)  # "Enedis - Direction régionale Sorne-Saône" is "Enedis"
            if name.startswith("Direction") and _DSDEN.search(name):
                candidates += [
                    "Directeur académique des services de l'éducation nationale",
                    "Directrice académique des services de l'éducation nationale",
                ]
            secretariat = _SECRETARIAT.match(name) if name.startswith("Secr") else None
            if secretariat:
                candidates.append("Secrétaire" + secretariat.group("rest"))
                heads.add(fold_loose(candidates[-1]).lower())
            directorate = _EN_DIRECTORATE.match(name) if "Directorate" in name else None
            if directorate:
                level, rest = directorate.group("level") or "", directorate.group("rest")
                if directorate.group("general"):
                    # "General Directorate of X": "the Directorate of X", unless another unit's name ends so too
                    # (a "Provincial Directorate of X" in the same directory: the bare name is either's)
                    ending = " " + fold_loose("Directorate" + rest).lower()
                    if not any(dept not in units and f" {key}".endswith(ending) for key, units in given.items()):
                        candidates.append("Directorate" + rest)
                elif level and directorate.group("plural"):
                    candidates += [level + "Directors" + rest, level + "Directorates", level + "Directors"]
            head = _HEAD_OF.search(name)
            if head:  # "County Executive Office" also answers to its head, "County Executive Officer"
                ending = head.group().strip().lower()
                candidates.append(name[: head.start()] + _HEADS.get(" " + ending, ""))
                field = name[: head.start()]
                if ending == "office" and field.endswith(("Engineering", "Planning")):
                    # "Provincial Engineering Office": the Provincial Engineer's ("Planning Office": the Planner's)
                    engineer = field.endswith("Engineering")
                    candidates.append(field.removesuffix("ing") if engineer else field.removesuffix("ning") + "ner")
            division = _DIVISION.search(name)
            if division and len(_WORD.findall(division.group("part"))) >= 2:
                candidates.append(division.group("part"))
            state = _STATE_UNIT.match(name) if " State " in name else None
            if state:
                candidates.append(state.group("unit"))
            owned_by = _OWNERS_UNIT.match(name) if " of the " in name else None
            if owned_by:
                # "Propaganda Commission of the Provincial Party Committee" is "the Provincial Party Committee's
                # Propaganda Commission" in an English edition
                candidates.append(f"{owned_by.group('owner')}'s {owned_by.group('unit')}")
            office = _OFFICE_OF.match(name)
            if office:
                candidates.append(office.group("head"))
                heads.add(fold_loose(candidates[-1]).lower())
            municipal = _SV_MUNICIPAL_UNIT.match(name) if " – " in name or " - " in name or ", " in name else None
            if municipal:  # "Ekby kommun – Tekniska förvaltningen" is "Tekniska förvaltningen" in Ekby's minutes
                candidates.append(municipal.group("unit") or municipal.group("body"))
                field = municipal.group("unit")
                if field and not field.endswith(("en", "et", "na", "n", ")")) and len(field) >= 6:
                    # "Ekby kommun – Vård och omsorg", a unit named by its field alone: "avdelningen för vård och
                    # omsorg", "förvaltningen för vård och omsorg" in a sentence
                    candidates += [
                        f"{kind} för {field[0].lower()}{field[1:]}" for kind in ("Avdelningen", "Förvaltningen")
                    ]
            limited = _LIMITED.search(name) if "Limited" in name or "Ltd" in name else None
            if limited and len(_WORD.findall(name[: limited.start()])) >= 2:
                # "Vindhya Vidyut Vitaran Nigam Limited" is "the Vindhya Vidyut Vitaran Nigam" in a sentence
                candidates.append(name[: limited.start()])
            if name.endswith(" Police Department") and len(_WORD.findall(name)) >= 3:
                # "Provincial Police Department" is "the Provincial Police" in a sentence ("City Police")
                candidates.append(name.removesuffix(" Department"))
            company = _SV_COMPANY.fullmatch(name) if "AB" in name else None
            if company:
                candidates.append(company.group("after") or company.group("before"))
            pair = _SV_INDEFINITE_PAIR.fullmatch(name) if name.count(" ") == 1 else None
            if pair:
                noun = pair.group("noun")
                candidates.append(f"{pair.group('adj')}a {noun}{'n' if noun.endswith(('a', 'e')) else 'en'}")
            if _SV_INDEFINITE_NOUN.fullmatch(name):  # "Lagberedning" is "lagberedningen" in a sentence
                candidates.append(name + "en")
            county = _SV_COUNTY_BOARD.fullmatch(name) if name.startswith("Länsstyrelsen") else None
            if county:  # "Länsstyrelsen Örebro län" is also "Länsstyrelsen i Örebro län"
                article = "Länsstyrelsen " if county.group("i") else "Länsstyrelsen i "
                candidates.append(article + county.group("county"))
            elif name.startswith("Länsstyrelsen ") and (short := _SV_COUNTY_BOARD_SHORT.fullmatch(name)):
                # "Länsstyrelsen Skåne", a directory's short form, is "Länsstyrelsen i Skåne län" in a decision
                place = short.group("county")
                genitive = place if place.endswith(("s", "x", "z")) else place + "s"
                candidates += [f"Länsstyrelsen i {genitive} län", f"Länsstyrelsen i {place}"]
            agency = _SV_GENITIVE_AGENCY.fullmatch(name) if name.startswith(("Statens ", "Sveriges ")) else None
            if agency:  # "Statens vatteninstitut" is "Vatteninstitutet" once named (its gender unknown: both forms)
                noun = agency.group("noun").capitalize()
                candidates += [noun + "n"] if noun.endswith(tuple("aeiouyåäö")) else [noun + "et", noun + "en"]
            sub_unit = (_SV_SUB_UNIT.fullmatch(name) or _SV_SUB_UNIT_AFTER.fullmatch(name)) if ", " in name else None
            if sub_unit:  # "HR-avdelningen, regionledningskontoret" is "HR-avdelningen" in the region's minutes
                candidates.append(sub_unit.group("unit"))
                office = sub_unit.groupdict().get("office")
                if office:
                    # "Koncernförvaltningen, personalenheten" is "koncernförvaltningens personalenhet": after its
                    # office's genitive, the unit without its article
                    unit_word = sub_unit.group("unit")
                    indefinite = unit_word.removesuffix("en") if unit_word.endswith("en") else unit_word[:-1]
                    candidates.append(f"{office}s {indefinite[0].lower()}{indefinite[1:]}")
            compound = _SV_FIELD_UNIT.fullmatch(name) if name.endswith(("en", "ån")) else None
            if compound:  # "Landsbygdsavdelningen" is "Avdelningen för landsbygd", its joining "s" dropped
                field, kind = compound.group("field").lower(), _SV_UNIT_KIND[compound.group("kind")]
                candidates += [f"{kind} för {form}" for form in {field, field.removesuffix("s")} if len(form) >= 3]
                if compound.group("kind") in ("avdelningen", "enheten") and len(field) >= 5:
                    # "kommunledningskontorets ekonomienhet": after its owner's genitive, the unit without its article
                    candidates.append(name.removesuffix("en"))
            for source in _acronym_sources(name):
                acronym = _initials(source)
                if acronym:
                    candidates.append(acronym)
                    if acronym.startswith("M") and _MINISTRY.match(source):
                        # "Ministère des Travaux Publics et de l'Entretien Routier" is the "MINTPER" of a Central
                        # African government's texts: "MIN" and the initials of its portfolio
                        candidates.append("MIN" + acronym[1:])
        for candidate in candidates:
            key = fold_loose(candidate).lower()
            if key in given and not (dept in local and not given[key] & local):
                continue
            proposed[key].add(dept)
            if candidate not in by_dept[dept]:
                by_dept[dept].append(candidate)

    def owned(dept: DepartmentRef, name: str) -> bool:
        key = fold_loose(name).lower()
        sharers = proposed[key]
        return (
            len(sharers) == 1
            or (dept in local and len(sharers & local) == 1)
            # "le Secrétaire général du Gouvernement", "le Premier ministre" of a directory kept for several
            # governments, each with its Secrétariat général du Gouvernement: one unit of each administration (the
            # codes' prefix) takes its head's title, the text's own administration chooses
            # (``directory._own_administration``); not a name left without its territory ("Sở Tài chính"), which
            # stays nobody's where the text names no territory
            or (key in heads and _one_per_administration(sharers))
        )

    return {dept: tuple(name for name in names if owned(dept, name)) for dept, names in by_dept.items()}


def _one_per_administration(units: set) -> bool:
    """Units of as many administrations as there are units, each told by its code's prefix."""
    groups = [code_group(unit) for unit in units]
    return None not in groups and len(set(groups)) == len(units)


def all_names(departments: tuple[DepartmentRef, ...], territory: str | None = None) -> list[tuple[DepartmentRef, str]]:
    """Every (unit, name) pair: the directory's names and aliases, then the derived ones (for a text of
    ``territory``, see :func:`derived_aliases`). A bare name given to a unit of another territory yields to
    the text's own unit that the directory implies under the same name."""
    derived = derived_aliases(departments, territory)
    local = local_units(departments, territory)
    taken = {fold_loose(name).lower() for dept in local for name in derived.get(dept, ())}

    def kept(dept: DepartmentRef, name: str) -> bool:
        return dept in local or fold_loose(name).lower() not in taken

    return [
        (dept, name)
        for dept in departments
        for name in (*[name for name in _names(dept) if kept(dept, name)], *derived.get(dept, ()))
    ]
