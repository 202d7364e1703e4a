"""Word lists of resolve, kept in one place (STYLE.md: lexicons live in data modules)."""

# Generational suffixes are not surnames: "Raymond Patterson III" is a Patterson.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})

# Capitalised words that every crime report uses, so sharing them says nothing about
# being the same incident: weekdays, months, institutions, titles, news furniture.
_NOT_TERMS = """
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
police officer officers sgt sergeant lt lieutenant capt captain chief detective det
deputy deputies sheriff sheriffs department dept office county city state street
avenue road drive boulevard lane court place north south east west northeast northwest
southeast southwest the this that these those there then when what who where after
before while during and but for with from his her their they she
news press associated copyright rights reserved reporter reported click here share
facebook twitter email comments read more video photo photos image
mr mrs ms miss dr jr sr
hospital medical center university school high middle elementary district attorney
judge jury prosecutors prosecutor investigators authorities family friends
shooting shot killed dead death murder homicide gun guns man woman men women boy girl
according said says told also one two three four five six seven eight nine ten
american america united states national
privacy policy terms service conditions android kindle iphone ipad app apps subscribe
subscription newsletter advertisement advertise sign login account password cookies
javascript browser enable characters enter captcha contact weather sports traffic
entertainment business politics opinion home menu search posted updated related stories
story latest breaking watch listen live now today yesterday tonight
"""

# More words that crime reports of any place share, read as terms only (some are
# surnames too: "Day", "Mayor"): abbreviated months, page furniture (photo captions,
# the publisher's line), institutions. Tune B-cubed F1 95.5 -> 95.6 with 15% fewer pairs.
_COMMON_TERMS = """
jan feb mar apr jun jul aug sep sept oct nov dec
caption published pause source corporation media channel get you our all were day
people teen new crime stoppers jail coroner bureau investigation division unit
examiner detention criminal justice mayor detectives health regional memorial general
fire children community
township view full
christmas thanksgiving easter halloween eve valentine valentines labor juneteenth
hanukkah kwanzaa
"""
NOT_TERMS = frozenset(_NOT_TERMS.split()) | frozenset(_COMMON_TERMS.split())

# Words the extractor sometimes takes for a person's surname ("Brask Hospital",
# "Brask County", "Brask Tribune"): never a blocking key or evidence of sameness.
_NOT_SURNAMES = """
hospital county head ave avenue boulevard street road tribune center centre medical
park parish police sheriff office department school church news times post herald
"""
NOT_SURNAMES = frozenset(_NOT_TERMS.split()) | frozenset(_NOT_SURNAMES.split())

# Words of any crime headline: two titles sharing them say nothing of being one incident.
_HEADLINE_WORDS = """
year years injured wounded charged shoots arrested suspect himself herself dies died
fatal identified self found victim victims outside arrest near charges investigate
investigating being others leaves critical night following including person involved
face hospitalized critically after over into their
"""
NOT_TITLE_WORDS = NOT_TERMS | frozenset(_HEADLINE_WORDS.split())

# The head words of names every report of a place uses: hospitals, police forces,
# newspapers and stations, parts of town ("Far North Side"). A run of capitalised words
# with one of them is not read for terms.
_INSTITUTION_WORDS = """
hospital hospitals medical clinic health police sheriff sheriffs department office
news times tribune radio television station press wire side
"""
INSTITUTION_WORDS = frozenset(_INSTITUTION_WORDS.split())

# What a county's name is called: "Brask County" is read as "brask".
COUNTY_WORDS = frozenset({"county", "parish", "borough"})
